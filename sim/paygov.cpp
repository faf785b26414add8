#include "paygov.hpp"

#include "html.hpp"
#include "integrations/http_client.hpp"
#include "integrations/message_mac.hpp"

namespace motcua::sim {
namespace {

constexpr std::size_t kMaxReference = 100;
constexpr std::size_t kTransactionDigits = 12;
constexpr const char* kPaid = "00";
constexpr const char* kWaiting = "01";
constexpr const char* kUnknown = "02";
constexpr const char* kPageTitle = "Cổng thanh toán quốc gia PayGov";
// A duplicated callback follows the first a little later, as a retry of PayGov's would.
constexpr std::chrono::milliseconds kDuplicateGap{300};

bool valid_reference(const std::string& id) { return !id.empty() && id.size() <= kMaxReference; }

// 50000 → "50.000 đ"
std::string format_amount(const json& amount) {
  auto digits = wire_text(amount);
  if (!is_digits(digits, 1, 20)) return digits + " đ";
  for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ".");
  return digits + " đ";
}

web::Response paid_page(const std::string& transaction) {
  return html_page(200, kPageTitle,
                   "<p role=\"status\">Đã thanh toán.</p><p>Mã giao dịch: <strong>" +
                       escape_html(transaction) + "</strong></p>");
}

web::Response unknown_page() {
  return html_page(404, kPageTitle, "<p>Không tìm thấy giao dịch thanh toán.</p>");
}

std::string payment_form(const std::string& id, const json& amount, const json& receipt,
                         const std::string& description) {
  return "<dl><dt>Hồ sơ</dt><dd>" + escape_html(string_of(receipt, "MaHoSo")) +
         "</dd><dt>Thủ tục</dt><dd>" + escape_html(string_of(receipt, "TenTTHC")) +
         "</dd><dt>Nội dung</dt><dd>" + escape_html(description) +
         "</dd><dt>Số tiền</dt><dd><strong>" + escape_html(format_amount(amount)) +
         "</strong></dd></dl><form method=\"post\" action=\"/paygov/pay/" +
         escape_html(integrations::url_encode(id)) +
         "\"><button id=\"paygov-pay\" type=\"submit\">Thanh toán</button></form>";
}

}  // namespace

void Paygov::install(web::Router& router) {
  using web::Method;
  router.add(Method::post, "/paygov/init",
             context_.accepting("paygov", [this](web::Request& r) { return init(r); }));
  router.add(Method::post, "/paygov/check",
             context_.protocol([this](web::Request& r) { return check(r); }));
  router.add(Method::post, "/paygov/refund",
             context_.accepting("paygov", [this](web::Request& r) { return refund(r); }));
  router.add(Method::get, "/paygov/pay/{id}", [this](web::Request& r) { return pay_page(r); });
  router.add(Method::post, "/paygov/pay/{id}", [this](web::Request& r) { return pay_form(r); });
  router.add(Method::post, "/_sim/paygov/pay/{id}", [this](web::Request& r) { return sim_pay(r); });
}

bool Paygov::authentic(const json& body, const std::vector<const char*>& names) const {
  std::vector<std::string> fields;
  fields.reserve(names.size());
  for (const char* name : names) fields.push_back(text_of(body, name));
  return integrations::same_mac(integrations::mac_over(fields, context_.options().secret),
                                string_of(body, "MaXacThuc"));
}

web::Response Paygov::init(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto& body = parsed.value;
  const auto id = string_of(body, "MaThamChieu");
  if (!valid_reference(id) || !body.contains("SoTien"))
    return maloi_error(400, "01", "Thiếu MaThamChieu hoặc SoTien");
  if (!authentic(body, {"LoaiBanTin", "MaDoiTac", "MaThamChieu", "SoTien", "ThoiGianGD"}))
    return maloi_error(400, "07", "Sai mã xác thực");
  {
    const std::lock_guard lock(mutex_);
    auto& payment = payments_[id];
    payment.initiated = true;
    payment.amount = body["SoTien"];
    payment.description = string_of(body, "ThongTinGiaoDich");
    payment.callback_url = string_of(body, "UrlCallback");
    payment.return_url = string_of(body, "UrlReturn");
    if (body.contains("ThongTinBienLai") && body["ThongTinBienLai"].is_object())
      payment.receipt = body["ThongTinBienLai"];
    context_.log().append("paygov", "init", idempotency_key(request), body);
    notify(id, payment);  // the citizen may have paid before this init got through
  }
  return json_reply(200, {{"MaLoi", "00"},
                          {"UrlThanhToan", context_.base_url(request) + "/paygov/pay/" +
                                               integrations::url_encode(id)}});
}

Paygov::Payment Paygov::complete(const std::string& id) {
  const std::lock_guard lock(mutex_);
  auto& payment = payments_[id];
  if (payment.transaction.empty()) {
    payment.transaction = "PG" + context_.random().digits(kTransactionDigits);
    payment.paid_at = national_time(Clock::now());
  }
  notify(id, payment);
  return payment;
}

std::optional<Paygov::Payment> Paygov::find(const std::string& id) {
  const std::lock_guard lock(mutex_);
  const auto found = payments_.find(id);
  if (found == payments_.end()) return std::nullopt;
  return found->second;
}

// With --fail-rate the callback is lost with half that probability and doubled with it.
int Paygov::callback_copies() {
  const double rate = context_.options().fail_rate;
  if (rate <= 0.0) return 1;
  const double draw = context_.random().uniform();
  if (draw < rate / 2) return 0;
  return draw < rate / 2 + rate ? 2 : 1;
}

void Paygov::notify(const std::string& id, Payment& payment) {
  if (payment.notified || !payment.initiated || payment.transaction.empty()) return;
  payment.notified = true;
  if (!is_web_url(payment.callback_url)) return;
  const int copies = callback_copies();
  if (copies == 0) return;
  const json body = {{"MaThamChieu", id},
                     {"MaGiaoDich", payment.transaction},
                     {"SoTien", payment.amount},
                     {"TrangThai", kPaid},
                     {"ThoiGianGD", payment.paid_at},
                     {"MaXacThuc", integrations::mac_over(
                                       {id, payment.transaction, wire_text(payment.amount), kPaid},
                                       context_.options().secret)}};
  context_.log().append("paygov", "callback", "paygov:callback:" + id, body);
  for (int copy = 0; copy < copies; ++copy)
    context_.callbacks().schedule({payment.callback_url, body.dump()}, copy * kDuplicateGap);
}

web::Response Paygov::sim_pay(const web::Request& request) {
  const auto id = request.param("id");
  if (!valid_reference(id)) return json_error(400, "invalid_input", "Mã thanh toán không hợp lệ");
  const auto payment = complete(id);
  return json_reply(200,
                    {{"MaThamChieu", id}, {"MaGiaoDich", payment.transaction}, {"status", "paid"}});
}

web::Response Paygov::pay_page(const web::Request& request) {
  const auto id = request.param("id");
  const auto payment = find(id);
  if (!payment || !payment->initiated) return unknown_page();
  if (!payment->transaction.empty()) return paid_page(payment->transaction);
  return html_page(200, kPageTitle,
                   payment_form(id, payment->amount, payment->receipt, payment->description));
}

web::Response Paygov::pay_form(const web::Request& request) {
  const auto id = request.param("id");
  const auto known = find(id);
  if (!known || !known->initiated) return unknown_page();
  const auto payment = complete(id);
  if (is_web_url(payment.return_url)) return redirect_page(payment.return_url);
  return paid_page(payment.transaction);
}

web::Response Paygov::check(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  if (!authentic(parsed.value, {"MaThamChieu"})) return maloi_error(400, "07", "Sai mã xác thực");
  const auto payment = find(string_of(parsed.value, "MaThamChieu"));
  if (!payment)
    return json_reply(200, {{"TrangThai", kUnknown}, {"MaGiaoDich", ""}, {"SoTien", 0}});
  const bool paid = !payment->transaction.empty();
  return json_reply(200, {{"TrangThai", paid ? kPaid : (payment->initiated ? kWaiting : kUnknown)},
                          {"MaGiaoDich", payment->transaction},
                          {"SoTien", payment->amount.is_null() ? json(0) : payment->amount}});
}

web::Response Paygov::refund(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  if (!valid_reference(string_of(parsed.value, "MaThamChieu")))
    return maloi_error(400, "01", "Thiếu MaThamChieu");
  if (!authentic(parsed.value, {"MaThamChieu", "MaGiaoDich", "SoTien"}))
    return maloi_error(400, "07", "Sai mã xác thực");
  context_.log().append("paygov", "refund", idempotency_key(request), parsed.value);
  return json_reply(200, {{"MaLoi", "00"}});
}

}  // namespace motcua::sim
