#include "messaging.hpp"

#include <algorithm>

namespace motcua::sim {
namespace {

constexpr std::size_t kMaxSmsCharacters = 1000;
constexpr std::size_t kMaxAddress = 320;
constexpr std::size_t kMaxSubject = 998;  // RFC 5322's line limit
constexpr std::chrono::milliseconds kReceiptDelay{300};
constexpr std::size_t kMaxUndeliverable = 10000;

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

bool is_hex(std::string_view text, std::size_t length) {
  return text.size() == length &&
         text.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
}

bool phone_number(std::string_view text) {
  return is_digits(text.starts_with('+') ? text.substr(1) : text, 9, 15);
}

web::Response invalid(std::string_view field_name, std::string_view message) {
  return json_error(400, "invalid_input", message, {{field_name, message}});
}

}  // namespace

void Messaging::install(web::Router& router) {
  using web::Method;
  const auto route = [&](const char* path, const char* system,
                         web::Response (Messaging::*handler)(const web::Request&)) {
    router.add(Method::post, path, context_.accepting(system, [this, handler](web::Request& r) {
      return (this->*handler)(r);
    }));
  };
  route("/esign/sign", "esign", &Messaging::sign);
  route("/emc/TrackingMCDT", "emc", &Messaging::track);
  route("/sms/send", "sms", &Messaging::sms);
  route("/email/send", "email", &Messaging::email);
  router.add(Method::post, "/_sim/undeliverable",
             [this](web::Request& r) { return mark_undeliverable(r); });
}

web::Response Messaging::sign(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto& body = parsed.value;
  const auto id_number = string_of(body, "SoDinhDanh");
  const auto document = body.find("TaiLieu");
  const auto digest = document == body.end() ? std::string() : string_of(*document, "SHA256");
  if (!is_digits(id_number, 12, 12) || !is_hex(digest, 64))
    return maloi_error(400, "01", "Cần SoDinhDanh 12 chữ số và TaiLieu.SHA256 (64 ký tự hex)");
  const auto now = Clock::now();
  const json payload = {
      {"sha256", digest},
      {"SoDinhDanh", id_number},
      {"HoVaTen", string_of(body, "HoVaTen")},
      {"iat", std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count()}};
  context_.log().append("esign", "sign", idempotency_key(request), body);
  return json_reply(200, {{"MaLoi", "00"},
                          {"ChuKy", citizen_key_.sign_jwt(payload)},
                          {"ChungThu", citizen_key_.jwk()},
                          {"ThoiGianKy", national_time(now)}});
}

web::Response Messaging::track(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  if (string_of(parsed.value, "MaHoSo").empty()) return invalid("MaHoSo", "Bắt buộc");
  if (text_of(parsed.value, "Status").empty()) return invalid("Status", "Bắt buộc");
  context_.log().append("emc", "event", idempotency_key(request), parsed.value);
  return json_reply(200, {{"status", "ok"}});
}

web::Response Messaging::sms(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  if (!phone_number(string_of(parsed.value, "to")))
    return invalid("to", "Số điện thoại gồm 9 đến 15 chữ số");
  const auto text = string_of(parsed.value, "text");
  if (text.empty() || utf8_length(text) > kMaxSmsCharacters)
    return invalid("text", "Nội dung từ 1 đến 1000 ký tự");
  return accept(request, parsed.value, "sms");
}

web::Response Messaging::email(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto to = string_of(parsed.value, "to");
  if (to.find('@') == std::string::npos || to.size() > kMaxAddress)
    return invalid("to", "Địa chỉ thư điện tử không hợp lệ");
  const auto subject = string_of(parsed.value, "subject");
  if (subject.empty() || subject.size() > kMaxSubject) return invalid("subject", "Bắt buộc");
  if (string_of(parsed.value, "text").empty()) return invalid("text", "Bắt buộc");
  return accept(request, parsed.value, "email");
}

web::Response Messaging::accept(const web::Request& request, const json& body, const char* system) {
  context_.log().append(system, system, idempotency_key(request), body);
  const auto id = std::string(system) + "-" + std::to_string(next_id_++);
  send_receipt(body, id);
  return json_reply(200, {{"id", id}, {"status", "accepted"}});
}

// With --fail-rate a receipt may come twice, as the real gateways' do.
void Messaging::send_receipt(const json& body, const std::string& id) {
  const auto url = string_of(body, "CallbackUrl");
  if (!is_web_url(url)) return;
  const auto ref = string_of(body, "ref");
  bool delivered = true;
  {
    const std::lock_guard lock(mutex_);
    delivered = !undeliverable_.contains(string_of(body, "to"));
  }
  const std::string status = delivered ? "delivered" : "failed";
  const json receipt = {
      {"id", id},
      {"ref", ref},
      {"status", status},
      {"at", iso_local(Clock::now())},
      {"signature", integrations::mac_over({id, ref, status}, context_.options().secret)}};
  const int copies =
      context_.options().fail_rate > 0.0 && context_.random().chance(context_.options().fail_rate)
          ? 2
          : 1;
  for (int copy = 0; copy < copies; ++copy)
    context_.callbacks().schedule({url, receipt.dump()}, kReceiptDelay * (copy + 1));
}

web::Response Messaging::mark_undeliverable(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto to = string_of(parsed.value, "to");
  if (to.empty() || to.size() > kMaxAddress) return invalid("to", "Bắt buộc");
  const std::lock_guard lock(mutex_);
  if (undeliverable_.size() >= kMaxUndeliverable && !undeliverable_.contains(to))
    return json_error(507, "full", "Đã đủ số người nhận được đánh dấu");
  undeliverable_.insert(to);
  return json_reply(200, {{"to", to}});
}

}  // namespace motcua::sim
