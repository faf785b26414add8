#include "integrations/esign_client.hpp"

#include <nlohmann/json.hpp>

#include "integrations/http_client.hpp"
#include "integrations/jose.hpp"

namespace motcua::integrations {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxCertificateBytes = 8 * 1024;
constexpr int kAttempts = 2;

std::string string_member(const json& body, const char* name) {
  const auto found = body.find(name);
  return found != body.end() && found->is_string() ? found->get<std::string>() : "";
}

}  // namespace

std::optional<app::RemoteSignature> EsignClient::sign(const app::SignatureRequest& request,
                                                      std::string& why) const {
  HttpCall call;
  call.url = endpoint_.url + "/sign";
  call.headers = {{"Idempotency-Key", "esign:" + request.request_id}};
  call.body = json{{"SoDinhDanh", request.id_number},
                   {"HoVaTen", request.full_name},
                   {"TaiLieu", {{"Ten", request.document_name}, {"SHA256", request.sha256}}},
                   {"RequestId", request.request_id}}
                  .dump();
  call.timeout = endpoint_.timeout;
  call.max_answer_bytes = 64 * 1024;
  HttpClient client;
  // The key makes a second try safe: the gateway signs once per request.
  auto answer = client.send(call);
  for (int retry = 1; retry < kAttempts && (answer.status == 0 || answer.status >= 500); ++retry)
    answer = client.send(call);
  if (!answer.ok()) {
    why = answer.status == 0 ? answer.error : "HTTP " + std::to_string(answer.status);
    return std::nullopt;
  }
  const auto body = json::parse(answer.body, nullptr, false);
  if (!body.is_object() || string_member(body, "MaLoi") != "00") {
    why = "refused";
    return std::nullopt;
  }
  app::RemoteSignature signature{string_member(body, "ChuKy"),
                                 body.contains("ChungThu") ? body["ChungThu"].dump() : "",
                                 string_member(body, "ThoiGianKy")};
  if (signature.signature.empty() || signature.certificate.size() > kMaxCertificateBytes) {
    why = "malformed";
    return std::nullopt;
  }
  return signature;
}

bool EsignClient::verify(const app::RemoteSignature& signature, const std::string& sha256,
                         const std::string& id_number) const {
  const auto key = json::parse(signature.certificate, nullptr, false);
  if (!key.is_object()) return false;
  const auto claims = verify_jwt(signature.signature, json{{"keys", json::array({key})}});
  if (!claims || !claims->is_object()) return false;
  return string_member(*claims, "sha256") == sha256 &&
         string_member(*claims, "SoDinhDanh") == id_number;
}

}  // namespace motcua::integrations
