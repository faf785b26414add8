#pragma once
// What every API v1 handler shares: registration through run_api, the signed-in caller, path and
// query parameters, and the request bodies API.md accepts (JSON objects and multipart uploads).
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/accounts.hpp"
#include "app/ports/spreadsheet_writer.hpp"
#include "web/caller.hpp"
#include "web/http/message.hpp"
#include "web/http/multipart.hpp"
#include "web/http/router.hpp"
#include "web/web_context.hpp"

namespace motcua::web::api {

using ApiHandler = std::function<Response(WebContext&, Request&, Caller&)>;

// Registers `handler` under run_api, so every route identifies its caller, checks CSRF and reports
// failures in the error shape of API.md the same way.
void add_route(Router& router, WebContext& context, Method method, const std::string& path,
               ApiHandler handler);
// A public GET whose answer is the same for every anonymous caller (the procedure catalog): kept
// with the anonymous pages (web/page_cache) and served from there while fresh.
void add_shared_route(Router& router, WebContext& context, const std::string& path,
                      ApiHandler handler);

// The caller's principal; 401 when nobody is signed in.
const app::Principal& signed_in(const Caller& caller);

// A numeric path parameter; anything else names nothing the caller can see (404 `what`_not_found).
long long id_param(const Request& request, const std::string& name, const std::string& what);

// An optional integer query parameter within [min, max]; otherwise 400 with the parameter in
// fields.
std::optional<long long> int_query(const Request& request, const std::string& name, long long min,
                                   long long max);
// A trimmed text query parameter, "" when absent (the HTTP layer has already refused a query that
// does not decode to UTF-8).
std::string text_query(const Request& request, const std::string& name);

bool is_json_request(const Request& request);
bool is_multipart_request(const Request& request);

// The body of a JSON endpoint: an object, or 400 (malformed_json, invalid_utf8). A declared
// non-JSON Content-Type is malformed_json too. With `empty_is_object`, an empty body reads as {}.
nlohmann::json json_object_body(const Request& request, bool empty_is_object = false);

// Members of a JSON body: a string (absent or null reads as ""), or 400 with `name` in fields.
std::string string_member(const nlohmann::json& body, const std::string& name);
std::string required_string_member(const nlohmann::json& body, const std::string& name);

// The fields and files of a multipart/form-data request: 400 malformed_multipart when the body is
// not one, 400 invalid_utf8 when a text field is not UTF-8.
FormData multipart_form(const Request& request);
// The trimmed value of the first text field called `name`, "" when there is none.
std::string text_field(const FormData& form, std::string_view name);

Response created(const nlohmann::json& body);
Response ok(const nlohmann::json& body);
Response no_content();

// Route groups, one per concern, joined by register_api_routes.
// The answer to a login (or its second step): token, CSRF token, user and what the session owes.
nlohmann::json login_json(const app::LoginResult& result);

void register_auth_routes(Router& router, WebContext& context);
void register_two_factor_routes(Router& router, WebContext& context);
void register_catalog_routes(Router& router, WebContext& context);
void register_dossier_routes(Router& router, WebContext& context);
void register_file_routes(Router& router, WebContext& context);
void register_work_routes(Router& router, WebContext& context);
void register_intake_routes(Router& router, WebContext& context);
void register_work_queue_routes(Router& router, WebContext& context);
void register_workflow_admin_routes(Router& router, WebContext& context);
void register_dashboard_routes(Router& router, WebContext& context);
void register_printout_routes(Router& router, WebContext& context);
void register_lookup_routes(Router& router, WebContext& context);
void register_verify_routes(Router& router, WebContext& context);
void register_register_routes(Router& router, WebContext& context);
void register_rules_routes(Router& router, WebContext& context);
void register_scan_routes(Router& router, WebContext& context);
void register_calendar_routes(Router& router, WebContext& context);
void register_admin_unit_routes(Router& router, WebContext& context);
void register_account_routes(Router& router, WebContext& context);
void register_tracking_routes(Router& router, WebContext& context);
void register_usage_routes(Router& router, WebContext& context);  // P22 statistics
void register_payment_routes(Router& router, WebContext& context);
void register_postal_routes(Router& router, WebContext& context);
void register_rating_routes(Router& router, WebContext& context);
void register_declaration_routes(Router& router, WebContext& context);
void register_report_routes(Router& router, WebContext& context);
void register_document_store_routes(Router& router, WebContext& context);
void register_procedure_admin_routes(Router& router, WebContext& context);
void register_audit_routes(Router& router, WebContext& context);
void register_assistant_routes(Router& router, WebContext& context);

// `sheet` as an Excel download; unavailable (503) where no workbook can be written.
Response xlsx_response(const WebContext& context, const app::Sheet& sheet,
                       const std::string& file_name);
void register_feedback_routes(Router& router, WebContext& context);
void register_survey_routes(Router& router, WebContext& context);
void register_unit_admin_routes(Router& router, WebContext& context);
void register_reference_catalog_routes(Router& router, WebContext& context);
void register_site_pages_routes(Router& router, WebContext& context);
void register_admin_user_routes(Router& router, WebContext& context);
void register_integration_routes(Router& router, WebContext& context);
void register_catalog_sync_routes(Router& router, WebContext& context);

}  // namespace motcua::web::api
