#pragma once
// The national systems as the outbox sees them: which are connected, and sending one message.
#include <string>
#include <string_view>
#include <vector>

#include "app/ports/integration_records.hpp"

namespace motcua::app {

struct SendOutcome {
  bool acknowledged = false;  // the receiver took it (a 2xx, or 409 for a key it already has)
  int status = 0;             // the HTTP status; 0 when no answer came
  std::string request;        // what went over the wire, for the message log
  std::string answer;
  std::string error;  // why it failed
};

class MessageSender {
 public:
  virtual ~MessageSender() = default;
  // Whether the province uses this system: messages for one it does not use are not written.
  virtual bool connected(std::string_view system) const = 0;
  virtual SendOutcome send(const OutboxMessage& message) const = 0;
  // Whether a callback from `system` carries the right MaXacThuc over `fields`.
  virtual bool authentic(std::string_view system, const std::vector<std::string>& fields,
                         const std::string& mac) const = 0;
};

}  // namespace motcua::app
