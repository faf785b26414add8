#include "integrations/http_connections.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "integrations/http_client.hpp"
#include "integrations/message_mac.hpp"
#include "integrations/national_catalog_parser.hpp"
#include "integrations/national_feed_parser.hpp"

namespace motcua::integrations {
namespace {

using nlohmann::json;

HttpClient& thread_client() {
  thread_local HttpClient client;
  return client;
}

std::string text_of(const json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

// The path of each kind of message under its system's base URL, and the fields PayGov wants signed.
struct Route {
  const char* path;
  std::vector<const char*> signed_fields;
};

std::optional<Route> route_of(const std::string& system, const std::string& kind) {
  if (system == "dvcqg" && kind == "status") return Route{"/dossiers/status", {}};
  if (system == "dvcqg" && kind == "evaluation") return Route{"/dossiers/evaluation", {}};
  if (system == "paygov" && kind == "init")
    return Route{"/init", {"LoaiBanTin", "MaDoiTac", "MaThamChieu", "SoTien", "ThoiGianGD"}};
  if (system == "paygov" && kind == "refund")
    return Route{"/refund", {"MaThamChieu", "MaGiaoDich", "SoTien"}};
  if (system == "vnpost" && kind == "order") return Route{"/orders", {}};
  if (system == "emc" && kind == "event") return Route{"/TrackingMCDT", {}};
  if ((system == "sms" && kind == "sms") || (system == "email" && kind == "email"))
    return Route{"/send", {}};
  return std::nullopt;
}

std::string wire_body(const app::OutboxMessage& message, const Route& route,
                      const Endpoint& endpoint) {
  auto body = json::parse(message.body, nullptr, false);
  if (route.signed_fields.empty() || !body.is_object()) return message.body;
  body["MaDoiTac"] = endpoint.client_id;
  std::vector<std::string> fields;
  for (const char* name : route.signed_fields)
    fields.push_back(text_of(body.value(name, json(""))));
  body["MaXacThuc"] = mac_over(fields, endpoint.secret);
  return body.dump();
}

}  // namespace

bool HttpConnections::connected(std::string_view system) const {
  return settings_.find(std::string(system)) != nullptr;
}

app::SendOutcome HttpConnections::send(const app::OutboxMessage& message) const {
  app::SendOutcome outcome;
  const auto* endpoint = settings_.find(message.system);
  const auto route = route_of(message.system, message.kind);
  if (endpoint == nullptr || !route) {
    outcome.error = "no route for " + message.system + "/" + message.kind;
    return outcome;
  }
  HttpCall call;
  call.url = endpoint->url + route->path;
  call.headers = {{"Idempotency-Key", message.key}};
  call.body = wire_body(message, *route, *endpoint);
  call.timeout = endpoint->timeout;
  const auto answer = thread_client().send(call);
  outcome.request = call.body;
  outcome.status = answer.status;
  outcome.answer = answer.body;
  outcome.error = answer.error;
  // 409: the receiver already holds this key, so the message arrived before.
  outcome.acknowledged = answer.ok() || answer.status == 409;
  return outcome;
}

bool HttpConnections::authentic(std::string_view system, const std::vector<std::string>& fields,
                                const std::string& mac) const {
  const auto* endpoint = settings_.find(std::string(system));
  return endpoint != nullptr && !endpoint->secret.empty() &&
         same_mac(mac_over(fields, endpoint->secret), mac);
}

std::string HttpConnections::pay_url(const std::string& payment_id) const {
  const auto* endpoint = settings_.find("paygov");
  return endpoint == nullptr ? std::string() : endpoint->url + "/pay/" + url_encode(payment_id);
}

std::optional<app::PaymentState> HttpConnections::check(const std::string& payment_id) const {
  const auto* endpoint = settings_.find("paygov");
  if (endpoint == nullptr) return std::nullopt;
  HttpCall call;
  call.url = endpoint->url + "/check";
  call.body = json{{"MaDoiTac", endpoint->client_id},
                   {"MaThamChieu", payment_id},
                   {"MaXacThuc", mac_over({payment_id}, endpoint->secret)}}
                  .dump();
  call.timeout = endpoint->timeout;
  const auto answer = thread_client().send(call);
  if (!answer.ok()) return std::nullopt;
  const auto body = json::parse(answer.body, nullptr, false);
  if (!body.is_object()) return std::nullopt;
  app::PaymentState state;
  state.paid = body.value("TrangThai", "") == "00";
  state.transaction_id = body.value("MaGiaoDich", "");
  state.amount = body.contains("SoTien") && body["SoTien"].is_number_integer()
                     ? body["SoTien"].get<long long>()
                     : 0;
  return state;
}

std::optional<app::NationalFeedPage> HttpConnections::fetch(long long after, int limit) const {
  const auto* endpoint = settings_.find("dvcqg");
  if (endpoint == nullptr) return std::nullopt;
  HttpCall call;
  call.method = "GET";
  call.url = endpoint->url + "/dossiers?after=" + std::to_string(after) +
             "&limit=" + std::to_string(limit);
  call.timeout = endpoint->timeout;
  call.max_answer_bytes = std::size_t{64} * 1024 * 1024;
  const auto answer = thread_client().send(call);
  if (!answer.ok()) return std::nullopt;
  return parse_national_feed(answer.body, after);
}

app::NationalCatalogAnswer HttpConnections::fetch_procedures() const {
  app::NationalCatalogAnswer result;
  const auto* endpoint = settings_.find("dvcqg");
  if (endpoint == nullptr) {
    result.error = "dvcqg not connected";
    return result;
  }
  HttpCall call;
  call.method = "GET";
  call.url = endpoint->url + "/procedures";
  // The whole catalog in one answer: a province's runs to a few thousand procedures.
  call.timeout = std::max(endpoint->timeout, std::chrono::milliseconds(60000));
  call.max_answer_bytes = kMaxCatalogBytes;
  const auto answer = thread_client().send(call);
  result.status = answer.status;
  result.error = answer.error;
  if (!answer.ok()) {
    if (result.error.empty()) result.error = "HTTP " + std::to_string(answer.status);
    return result;
  }
  auto parsed = parse_national_catalog(answer.body);
  if (!parsed) {
    result.error = "not a procedure catalog";
    return result;
  }
  result.procedures = std::move(parsed->procedures);
  result.rejected = parsed->rejected;
  return result;
}

}  // namespace motcua::integrations
