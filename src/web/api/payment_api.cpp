// API.md "Integrations and the simulator", payments: the owner pays the fee a dossier waits for
// through PayGov, and PayGov confirms it by a callback.
#include "app/dossier_printouts.hpp"
#include "app/errors.hpp"
#include "app/payments.hpp"
#include "web/api/api_support.hpp"
#include "web/api/integration_json.hpp"
#include "web/responses.hpp"

namespace motcua::web::api {
namespace {

Response request_payment(WebContext& context, Request& request, Caller& caller) {
  const auto result =
      app::Payments(context.services).request(signed_in(caller), request.param("code"));
  return created({{"payment_id", result.payment.payment_id},
                  {"amount", result.payment.amount},
                  {"status", result.payment.state},
                  {"pay_url", result.pay_url}});
}

Response list_payments(WebContext& context, Request& request, Caller& caller) {
  const auto code = request.param("code");
  nlohmann::json items = nlohmann::json::array();
  for (const auto& payment : app::Payments(context.services).list(signed_in(caller), code)) {
    auto item = payment_json(payment);
    item["receipt_url"] = payment_receipt_path(code, payment);
    items.push_back(std::move(item));
  }
  return ok({{"items", items}});
}

// The e-receipt (requirements P10), signed by the unit that collected the fee.
Response payment_receipt(WebContext& context, Request& request, Caller& caller) {
  const auto code = request.param("code");
  const auto payment_id = request.param("id");
  auto bytes = app::DossierPrintouts(context.services)
                   .payment_receipt(signed_in(caller), code, payment_id, caller.lang);
  return pdf_response(std::move(bytes), "bien-lai-" + payment_id + ".pdf");
}

// PayGov's callback: authenticated by its MaXacThuc, not by a session.
Response paygov_callback(WebContext& context, Request& request, Caller&) {
  const auto body = json_object_body(request);
  app::PaymentConfirmation confirmation;
  confirmation.payment_id = required_string_member(body, "MaThamChieu");
  confirmation.transaction_id = required_string_member(body, "MaGiaoDich");
  confirmation.result = required_string_member(body, "TrangThai");
  confirmation.mac = required_string_member(body, "MaXacThuc");
  if (!body.contains("SoTien") || !body["SoTien"].is_number_integer())
    app::throw_invalid({{"SoTien", "error.required"}});
  confirmation.amount = body["SoTien"].get<long long>();
  confirmation.raw = request.body.substr(0, 16 * 1024);
  app::Payments(context.services).confirm(confirmation);
  return ok({{"MaLoi", "00"}, {"MoTaLoi", "OK"}});
}

}  // namespace

void register_payment_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::post, "/api/v1/dossiers/{code}/payments", request_payment);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/payments", list_payments);
  add_route(router, context, Method::get, "/api/v1/dossiers/{code}/payments/{id}/receipt.pdf",
            payment_receipt);
  add_route(router, context, Method::post, "/api/v1/integrations/paygov/callback", paygov_callback);
}

}  // namespace motcua::web::api
