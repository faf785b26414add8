#include "app/notice_receipts.hpp"

#include "app/applicant_notices.hpp"
#include "app/errors.hpp"
#include "app/outbox.hpp"

namespace motcua::app {

void record_receipt(const Services& services, const DeliveryReceipt& receipt) {
  const bool authentic =
      services.sender != nullptr &&
      services.sender->authentic(receipt.system, {receipt.id, receipt.ref, receipt.status},
                                 receipt.signature);
  if (!authentic) throw_invalid({{"signature", "error.signature"}});
  if (receipt.status != "delivered" && receipt.status != "failed")
    throw_invalid({{"status", "error.option"}});
  services.store.write([&](Transaction& tx) {
    const auto message = tx.find_outbox_message_by_key(receipt.system + ":" + receipt.ref);
    if (!message) throw_not_found("message");
    const auto key = message->key + ":receipt";
    if (!tx.accept_inbound(key, receipt.system, "receipt", services.clock.now_ms())) return;
    append_log(tx, {.message_id = message->id,
                    .direction = "in",
                    .system = receipt.system,
                    .kind = "receipt",
                    .key = key,
                    .dossier_id = message->dossier_id,
                    .request = receipt.raw.substr(0, 16 * 1024),
                    .status = 200,
                    .answer = receipt.status,
                    .at_ms = services.clock.now_ms()});
    if (receipt.status == "failed") notify_by_other_channel(services, tx, *message);
  });
}

}  // namespace motcua::app
