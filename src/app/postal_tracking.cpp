#include "app/postal_tracking.hpp"

#include <array>
#include <string_view>

#include "app/errors.hpp"
#include "app/outbox.hpp"

namespace motcua::app {
namespace {

bool known_status(std::string_view status) {
  static constexpr std::array<std::string_view, 5> kStatuses{"accepted", "picked_up", "in_transit",
                                                             "delivered", "returned"};
  for (const auto known : kStatuses) {
    if (known == status) return true;
  }
  return false;
}

}  // namespace

void PostalTracking::update(const PostalNews& news) {
  const bool authentic =
      services_.sender != nullptr &&
      services_.sender->authentic(
          "vnpost", {news.item_code, news.order_number, std::to_string(news.seq), news.status},
          news.signature);
  if (!authentic) throw_invalid({{"signature", "error.signature"}});
  if (!known_status(news.status) || news.seq <= 0) throw_invalid({{"Status", "error.option"}});
  services_.store.write([&](Transaction& tx) {
    auto order = tx.find_postal_order(news.order_number);
    if (!order) throw_not_found("order");
    const auto key = "vnpost:" + news.order_number + ":" + std::to_string(news.seq);
    if (!tx.accept_inbound(key, "vnpost", "status", services_.clock.now_ms())) return;
    append_log(tx, {.direction = "in",
                    .system = "vnpost",
                    .kind = "status",
                    .key = key,
                    .dossier_id = order->dossier_id,
                    .request = news.raw.substr(0, 16 * 1024),
                    .status = 200,
                    .at_ms = services_.clock.now_ms()});
    order->item_code = news.item_code;
    order->status = news.status;
    order->status_seq = news.seq;
    order->updated_at = services_.clock.now();
    tx.update_postal_order(*order);
  });
}

}  // namespace motcua::app
