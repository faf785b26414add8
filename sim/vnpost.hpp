#pragma once
// VNPost, the public postal service: motcua orders a delivery (a result to the citizen, or a
// pickup of papers) and VNPost reports its progress by callbacks that may repeat and arrive out
// of order, which motcua puts right by their Seq.
#include <map>
#include <mutex>
#include <string>

#include "sim_context.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

class Vnpost {
 public:
  explicit Vnpost(SimContext& context) : context_(context) {}
  void install(web::Router& router);

 private:
  struct Order {
    std::string item_code;
    std::string order_number;
    std::string callback_url;
  };

  web::Response order(const web::Request& request);
  web::Response advance(const web::Request& request);
  void send_progress(const Order& order);
  Callback news(const Order& order, int seq, Clock::time_point at) const;
  std::string new_item_code();  // with mutex_ held

  SimContext& context_;
  std::mutex mutex_;
  std::map<std::string, Order> orders_;       // by OrderNumber
  std::map<std::string, std::string> items_;  // ItemCode → OrderNumber
};

}  // namespace motcua::sim
