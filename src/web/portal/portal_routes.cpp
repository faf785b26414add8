#include "web/pages/page_support.hpp"
#include "web/portal/portal_pages.hpp"
#include "web/routes.hpp"

namespace motcua::web {

void register_portal_routes(Router& router, WebContext& context) {
  portal::register_catalog_pages(router, context);
  portal::register_auth_pages(router, context);
  portal::register_vneid_pages(router, context);
  portal::register_draft_pages(router, context);
  portal::register_dossier_pages(router, context);
  portal::register_lookup_pages(router, context);
  portal::register_verify_pages(router, context);
  portal::register_file_pages(router, context);
  portal::register_upload_pages(router, context);
  portal::register_profile_pages(router, context);
  portal::register_two_factor_pages(router, context);
  portal::register_my_dossiers_page(router, context);
  portal::register_info_pages(router, context);
  portal::register_feedback_pages(router, context);
  portal::register_kiosk_rating_page(router, context);
  portal::register_statistics_pages(router, context);
  portal::register_printout_pages(router, context);
  portal::register_notification_pages(router, context);
  portal::register_document_store_page(router, context);
  portal::register_survey_pages(router, context);
  portal::register_assistant_page(router, context);
  // Pages answer an unknown path with the portal's 404 page; API paths keep their JSON 404.
  router.set_not_found([&context](Request& request) { return page_not_found(context, request); });
}

}  // namespace motcua::web
