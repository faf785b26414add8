#pragma once
// PayGov, the national payment platform: motcua registers a payment, the citizen pays on our page
// (or a test pays through /_sim), and PayGov tells motcua by a callback that may come twice, late
// or never, which is why motcua also asks with /check.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sim_context.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

class Paygov {
 public:
  explicit Paygov(SimContext& context) : context_(context) {}
  void install(web::Router& router);

 private:
  struct Payment {
    bool initiated = false;  // motcua's init arrived (a payment may be paid before it does)
    json amount;             // SoTien as motcua sent it
    std::string description;
    std::string callback_url;
    std::string return_url;
    json receipt = json::object();  // ThongTinBienLai
    std::string transaction;        // MaGiaoDich, empty until paid
    std::string paid_at;            // ThoiGianGD of the payment
    bool notified = false;          // the callback was sent, or lost on purpose
  };

  web::Response init(const web::Request& request);
  web::Response pay_page(const web::Request& request);
  web::Response pay_form(const web::Request& request);
  web::Response sim_pay(const web::Request& request);
  web::Response check(const web::Request& request);
  web::Response refund(const web::Request& request);

  Payment complete(const std::string& id);
  std::optional<Payment> find(const std::string& id);
  void notify(const std::string& id, Payment& payment);  // with mutex_ held
  int callback_copies();
  bool authentic(const json& body, const std::vector<const char*>& names) const;

  SimContext& context_;
  std::mutex mutex_;
  std::map<std::string, Payment> payments_;
};

}  // namespace motcua::sim
