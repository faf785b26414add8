#include "web/api/api_support.hpp"
#include "web/routes.hpp"

namespace motcua::web {

void register_api_routes(Router& router, WebContext& context) {
  api::register_auth_routes(router, context);
  api::register_two_factor_routes(router, context);
  api::register_catalog_routes(router, context);
  api::register_dossier_routes(router, context);
  api::register_file_routes(router, context);
  api::register_work_routes(router, context);
  api::register_intake_routes(router, context);
  api::register_work_queue_routes(router, context);
  api::register_workflow_admin_routes(router, context);
  api::register_dashboard_routes(router, context);
  api::register_printout_routes(router, context);
  api::register_lookup_routes(router, context);
  api::register_verify_routes(router, context);
  api::register_register_routes(router, context);
  api::register_rules_routes(router, context);
  api::register_scan_routes(router, context);
  api::register_calendar_routes(router, context);
  api::register_admin_unit_routes(router, context);
  api::register_account_routes(router, context);
  api::register_tracking_routes(router, context);
  api::register_usage_routes(router, context);
  api::register_payment_routes(router, context);
  api::register_postal_routes(router, context);
  api::register_rating_routes(router, context);
  api::register_declaration_routes(router, context);
  api::register_report_routes(router, context);
  api::register_document_store_routes(router, context);
  api::register_procedure_admin_routes(router, context);
  api::register_audit_routes(router, context);
  api::register_assistant_routes(router, context);
  api::register_feedback_routes(router, context);
  api::register_survey_routes(router, context);
  api::register_unit_admin_routes(router, context);
  api::register_reference_catalog_routes(router, context);
  api::register_site_pages_routes(router, context);
  api::register_admin_user_routes(router, context);
  api::register_integration_routes(router, context);
  api::register_catalog_sync_routes(router, context);
}

}  // namespace motcua::web
