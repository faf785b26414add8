#pragma once
// VNPost's news of a postal order (requirements §9.5): each callback is authenticated, a repeat
// changes nothing and news older than what is known does not overwrite it.
#include <string>

#include "app/services.hpp"

namespace motcua::app {

struct PostalNews {
  std::string item_code;
  std::string order_number;
  int seq = 0;
  std::string status;  // accepted, picked_up, in_transit, delivered, returned
  std::string signature;
  std::string raw;
};

class PostalTracking {
 public:
  explicit PostalTracking(Services& services) : services_(services) {}

  // Throws AppError invalid for a wrong signature or an unknown status, not_found for an order
  // this system did not place.
  void update(const PostalNews& news);

 private:
  Services& services_;
};

}  // namespace motcua::app
