#include "vnpost.hpp"

#include <array>
#include <vector>

#include "integrations/message_mac.hpp"

namespace motcua::sim {
namespace {

// Seq is the position in this list, from 1; an order's normal progress is the first four.
constexpr std::array<const char*, 5> kStatuses{"accepted", "picked_up", "in_transit", "delivered",
                                               "returned"};
constexpr int kProgressSteps = 4;
constexpr std::chrono::milliseconds kStepInterval{1000};
constexpr std::size_t kMaxOrderNumber = 100;
constexpr std::size_t kItemDigits = 9;

web::Response vnpost_error(std::string_view message) {
  return json_reply(400, {{"Status", "400"}, {"Message", message}});
}

std::optional<int> seq_of(std::string_view status) {
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    if (status == kStatuses.at(i)) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

const char* order_problem(const json& body) {
  const auto number = string_of(body, "OrderNumber");
  if (number.empty() || number.size() > kMaxOrderNumber) return "Thiếu OrderNumber";
  const auto receiver = body.find("Receiver");
  if (receiver == body.end() || string_of(*receiver, "Name").empty() ||
      string_of(*receiver, "Address").empty())
    return "Thiếu Receiver.Name hoặc Receiver.Address";
  return nullptr;
}

}  // namespace

void Vnpost::install(web::Router& router) {
  using web::Method;
  router.add(Method::post, "/vnpost/orders",
             context_.accepting("vnpost", [this](web::Request& r) { return order(r); }));
  router.add(Method::post, "/_sim/vnpost/orders/{item}/advance",
             [this](web::Request& r) { return advance(r); });
}

std::string Vnpost::new_item_code() {
  std::string code;
  do {
    code = "EB" + context_.random().digits(kItemDigits) + "VN";
  } while (items_.contains(code));
  return code;
}

web::Response Vnpost::order(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  if (const char* problem = order_problem(parsed.value)) return vnpost_error(problem);
  const auto number = string_of(parsed.value, "OrderNumber");
  const std::lock_guard lock(mutex_);
  auto found = orders_.find(number);
  if (found == orders_.end()) {
    Order created{new_item_code(), number, string_of(parsed.value, "CallbackUrl")};
    items_[created.item_code] = number;
    found = orders_.emplace(number, std::move(created)).first;
    context_.log().append("vnpost", "order", idempotency_key(request), parsed.value);
    send_progress(found->second);
  }
  return json_reply(200,
                    {{"Status", "100"}, {"Message", "OK"}, {"ItemCode", found->second.item_code}});
}

// With --fail-rate some news is repeated and neighbours swap places, as the real callbacks do.
void Vnpost::send_progress(const Order& order) {
  if (!is_web_url(order.callback_url)) return;
  const double rate = context_.options().fail_rate;
  std::vector<int> steps;
  for (int seq = 1; seq <= kProgressSteps; ++seq) {
    steps.push_back(seq);
    if (rate > 0.0 && context_.random().chance(rate)) steps.push_back(seq);
  }
  for (std::size_t i = 0; rate > 0.0 && i + 1 < steps.size(); ++i) {
    if (context_.random().chance(rate)) std::swap(steps[i], steps[i + 1]);
  }
  const auto now = Clock::now();
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const auto delay = kStepInterval * static_cast<int>(i + 1);
    context_.callbacks().schedule(news(order, steps[i], now + kStepInterval * steps[i]), delay);
  }
}

Callback Vnpost::news(const Order& order, int seq, Clock::time_point at) const {
  const std::string status = kStatuses.at(static_cast<std::size_t>(seq - 1));
  const json body = {{"ItemCode", order.item_code},
                     {"OrderNumber", order.order_number},
                     {"Seq", seq},
                     {"Status", status},
                     {"At", iso_local(at)},
                     {"signature", integrations::mac_over({order.item_code, order.order_number,
                                                           std::to_string(seq), status},
                                                          context_.options().secret)}};
  return {order.callback_url, body.dump()};
}

web::Response Vnpost::advance(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto status = string_of(parsed.value, "status");
  const auto seq = seq_of(status);
  if (!seq)
    return json_error(400, "invalid_input", "Trạng thái không hợp lệ", {{"status", status}});
  Order order;
  {
    const std::lock_guard lock(mutex_);
    const auto item = items_.find(request.param("item"));
    if (item == items_.end()) return json_error(404, "not_found", "Không có bưu gửi này");
    order = orders_.at(item->second);
  }
  if (!is_web_url(order.callback_url))
    return json_error(409, "no_callback", "Đơn hàng không có CallbackUrl");
  context_.callbacks().schedule(news(order, *seq, Clock::now()), std::chrono::milliseconds(0));
  return json_reply(200, {{"ItemCode", order.item_code}, {"Seq", *seq}, {"Status", status}});
}

}  // namespace motcua::sim
