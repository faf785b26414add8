#pragma once
// The citizen portal's route groups, one per concern; register_portal_routes joins them.
#include "web/http/router.hpp"
#include "web/web_context.hpp"

namespace motcua::web::portal {

void register_auth_pages(Router& router, WebContext& context);  // /dang-nhap, /dang-ky, /dang-xuat
void register_catalog_pages(Router& router, WebContext& context);  // /, /thu-tuc, /thu-tuc/{code}
void register_draft_pages(Router& router, WebContext& context);    // the e-form and submission
void register_dossier_pages(Router& router, WebContext& context);  // /ho-so/{code}
void register_lookup_pages(Router& router, WebContext& context);   // /tra-cuu
void register_verify_pages(Router& router, WebContext& context);   // /xac-thuc: signed documents
void register_file_pages(Router& router, WebContext& context);     // /tep/{file_id}
void register_upload_pages(Router& router, WebContext& context);   // a draft's files per component
void register_profile_pages(Router& router, WebContext& context);  // /tai-khoan
void register_two_factor_pages(Router& router, WebContext& context);  // two-factor login
void register_my_dossiers_page(Router& router, WebContext& context);  // /ho-so
void register_info_pages(Router& router, WebContext& context);
void register_feedback_pages(Router& router, WebContext& context);     // /phan-anh-kien-nghi
void register_kiosk_rating_page(Router& router, WebContext& context);  // /danh-gia
void register_statistics_pages(Router& router,
                               WebContext& context);  // /thong-ke          // /gioi-thieu, /ho-tro…
void register_printout_pages(Router& router, WebContext& context);       // PDFs of a dossier
void register_notification_pages(Router& router, WebContext& context);   // /thong-bao
void register_vneid_pages(Router& router, WebContext& context);          // /dang-nhap/vneid
void register_document_store_page(Router& router, WebContext& context);  // /kho-du-lieu
void register_survey_pages(Router& router, WebContext& context);         // /ho-tro/khao-sat
void register_assistant_page(Router& router, WebContext& context);       // /tro-ly-ao

}  // namespace motcua::web::portal
