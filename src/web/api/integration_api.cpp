// The national connections in the API: the callbacks of VNPost and of the SMS and e-mail gateways,
// each system's queue for administrators (retry, park, the chained log) and a dossier's messages
// for the officials who handle it.
#include "app/errors.hpp"
#include "app/integration_admin.hpp"
#include "app/notice_receipts.hpp"
#include "app/postal_tracking.hpp"
#include "web/api/api_support.hpp"
#include "web/api/integration_json.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

Response vnpost_callback(WebContext& context, Request& request, Caller&) {
  const auto body = json_object_body(request);
  app::PostalNews news;
  news.item_code = required_string_member(body, "ItemCode");
  news.order_number = required_string_member(body, "OrderNumber");
  news.status = required_string_member(body, "Status");
  news.signature = required_string_member(body, "signature");
  if (!body.contains("Seq") || !body["Seq"].is_number_integer())
    app::throw_invalid({{"Seq", "error.required"}});
  news.seq = body["Seq"].get<int>();
  news.raw = request.body;
  app::PostalTracking(context.services).update(news);
  return ok({{"Status", "100"}, {"Message", "OK"}});
}

// The SMS and e-mail gateways' delivery receipts.
Response receipt(WebContext& context, Request& request, Caller&) {
  const auto body = json_object_body(request);
  app::DeliveryReceipt receipt;
  receipt.system = request.param("system");
  if (receipt.system != "sms" && receipt.system != "email") app::throw_not_found("system");
  receipt.id = required_string_member(body, "id");
  receipt.ref = required_string_member(body, "ref");
  receipt.status = required_string_member(body, "status");
  receipt.signature = required_string_member(body, "signature");
  receipt.raw = request.body;
  app::record_receipt(context.services, receipt);
  return ok({{"status", "ok"}});
}

Response overview(WebContext& context, Request&, Caller& caller) {
  json systems = json::array();
  for (const auto& counts : app::IntegrationAdmin(context.services).overview(signed_in(caller)))
    systems.push_back(outbox_counts_json(counts));
  return ok({{"systems", systems}});
}

Response outbox(WebContext& context, Request& request, Caller& caller) {
  app::OutboxQuery query;
  query.system = text_query(request, "system");
  query.state = text_query(request, "state");
  query.limit = static_cast<int>(int_query(request, "limit", 1, 500).value_or(100));
  json items = json::array();
  for (const auto& message :
       app::IntegrationAdmin(context.services).messages(signed_in(caller), query))
    items.push_back(outbox_message_json(message));
  return ok({{"items", items}});
}

Response retry(WebContext& context, Request& request, Caller& caller) {
  return ok(outbox_message_json(app::IntegrationAdmin(context.services)
                                    .retry(signed_in(caller), id_param(request, "id", "message"))));
}

Response park(WebContext& context, Request& request, Caller& caller) {
  return ok(outbox_message_json(app::IntegrationAdmin(context.services)
                                    .park(signed_in(caller), id_param(request, "id", "message"))));
}

Response log(WebContext& context, Request& request, Caller& caller) {
  json items = json::array();
  const auto limit = static_cast<int>(int_query(request, "limit", 1, 500).value_or(100));
  for (const auto& entry : app::IntegrationAdmin(context.services)
                               .log(signed_in(caller), text_query(request, "system"), limit))
    items.push_back(log_entry_json(entry));
  return ok({{"items", items}});
}

Response chain(WebContext& context, Request&, Caller& caller) {
  return ok(log_check_json(app::IntegrationAdmin(context.services).check_chain(signed_in(caller))));
}

Response dossier_connections(WebContext& context, Request& request, Caller& caller) {
  return ok(connections_json(app::IntegrationAdmin(context.services)
                                 .for_dossier(signed_in(caller), request.param("code"))));
}

}  // namespace

void register_integration_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/integrations/vnpost/callback", vnpost_callback);
  add_route(router, context, Method::post, "/api/v1/integrations/{system}/receipt", receipt);
  add_route(router, context, Method::get, "/api/v1/admin/integrations", overview);
  add_route(router, context, Method::get, "/api/v1/admin/integrations/outbox", outbox);
  add_route(router, context, Method::post, "/api/v1/admin/integrations/outbox/{id}/retry", retry);
  add_route(router, context, Method::post, "/api/v1/admin/integrations/outbox/{id}/park", park);
  add_route(router, context, Method::get, "/api/v1/admin/integrations/log", log);
  add_route(router, context, Method::get, "/api/v1/admin/integrations/chain", chain);
  add_route(router, context, Method::get, "/api/v1/work/dossiers/{code}/connections",
            dossier_connections);
}

}  // namespace motcua::web::api
