#pragma once
// PayGov as the payment use cases see it: where the citizen pays, and what it says of a payment.
#include <optional>
#include <string>

namespace motcua::app {

struct PaymentState {
  bool paid = false;
  std::string transaction_id;  // MaGiaoDich
  long long amount = 0;
};

class PaymentGateway {
 public:
  virtual ~PaymentGateway() = default;
  virtual std::string pay_url(const std::string& payment_id) const = 0;
  // Asks PayGov of one payment; nothing when it could not be asked (the next pass asks again).
  virtual std::optional<PaymentState> check(const std::string& payment_id) const = 0;
};

}  // namespace motcua::app
