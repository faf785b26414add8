#pragma once
// The back office's route groups (under /mot-cua), joined by register_backoffice_routes.
#include "web/http/router.hpp"
#include "web/web_context.hpp"

namespace motcua::web::backoffice {

void register_queue_pages(Router& router, WebContext& context);            // /mot-cua
void register_dossier_pages(Router& router, WebContext& context);          // /mot-cua/ho-so/{code}
void register_intake_pages(Router& router, WebContext& context);           // /mot-cua/tiep-nhan
void register_dashboard_pages(Router& router, WebContext& context);        // /mot-cua/bao-cao
void register_period_report_pages(Router& router, WebContext& context);    // …/bao-cao/dinh-ky
void register_index_report_pages(Router& router, WebContext& context);     // …/bao-cao/chi-so
void register_procedure_admin_pages(Router& router, WebContext& context);  // …/quan-tri/thu-tuc
void register_user_admin_pages(Router& router, WebContext& context);  // …/quan-tri/nguoi-dung
// …/quan-tri/khao-sat, …/don-vi, …/lich-lam-viec, …/danh-muc and …/trang-thong-tin
void register_survey_admin_pages(Router& router, WebContext& context);
void register_unit_admin_pages(Router& router, WebContext& context);
void register_admin_unit_pages(Router& router, WebContext& context);  // …/don-vi-hanh-chinh
void register_calendar_page(Router& router, WebContext& context);
void register_reference_catalog_page(Router& router, WebContext& context);
void register_site_pages_admin(Router& router, WebContext& context);
void register_audit_page(Router& router, WebContext& context);          // …/quan-tri/nhat-ky
void register_workflow_pages(Router& router, WebContext& context);      // /mot-cua/quy-trinh
void register_connection_pages(Router& router, WebContext& context);    // /mot-cua/ket-noi
void register_catalog_sync_pages(Router& router, WebContext& context);  // /mot-cua/ket-noi/thu-tuc
void register_feedback_pages(Router& router, WebContext& context);      // /mot-cua/phan-anh

}  // namespace motcua::web::backoffice
