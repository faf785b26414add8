#include "web/backoffice/applicant_store.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/routes.hpp"

namespace motcua::web {

void register_backoffice_routes(Router& router, WebContext& context) {
  backoffice::register_queue_pages(router, context);
  backoffice::register_dossier_pages(router, context);
  backoffice::register_intake_pages(router, context);
  backoffice::register_dashboard_pages(router, context);
  backoffice::register_period_report_pages(router, context);
  backoffice::register_index_report_pages(router, context);
  backoffice::register_procedure_admin_pages(router, context);
  backoffice::register_user_admin_pages(router, context);
  backoffice::register_survey_admin_pages(router, context);
  backoffice::register_unit_admin_pages(router, context);
  backoffice::register_admin_unit_pages(router, context);
  backoffice::register_calendar_page(router, context);
  backoffice::register_reference_catalog_page(router, context);
  backoffice::register_site_pages_admin(router, context);
  backoffice::register_audit_page(router, context);
  backoffice::register_applicant_store_pages(router, context);
  backoffice::register_workflow_pages(router, context);
  backoffice::register_connection_pages(router, context);
  backoffice::register_catalog_sync_pages(router, context);
  backoffice::register_feedback_pages(router, context);
}

}  // namespace motcua::web
