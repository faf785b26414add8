#pragma once
// Fees paid online through PayGov (requirements §9.4, §13.9): the owner of a dossier asked to pay
// (status 6) gets one payment per request, PayGov's confirmation (a callback that may come twice,
// late or never, so pending payments are also asked about) moves the dossier back to 4 exactly
// once, and a receipt number is issued.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct PaymentRequest {
  Payment payment;
  std::string pay_url;
};

// PayGov's word that a payment was made, from its callback or from asking it.
struct PaymentConfirmation {
  std::string payment_id;      // MaThamChieu
  std::string transaction_id;  // MaGiaoDich
  long long amount = 0;
  std::string result;  // TrangThai: "00" paid
  std::string mac;     // MaXacThuc (the callback's; empty when motcua asked)
  std::string raw;     // as received, for the message log
};

class Payments {
 public:
  explicit Payments(Services& services) : services_(services) {}

  // The owner's payment of the fee the dossier is waiting for; the same one when asked again.
  PaymentRequest request(const Principal& who, const std::string& code);
  // Owner or an official who may see the dossier.
  std::vector<Payment> list(const Principal& who, const std::string& code);
  // PayGov's callback. Throws AppError invalid when its MaXacThuc is wrong, not_found for an
  // unknown payment; a repeat changes nothing.
  void confirm(const PaymentConfirmation& confirmation);
  // Asks PayGov about payments still pending after `older_than`; returns how many were paid.
  int reconcile(std::chrono::seconds older_than);

 private:
  void settle_paid(const PaymentConfirmation& confirmation, const std::string& source);

  Services& services_;
};

}  // namespace motcua::app
