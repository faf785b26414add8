#pragma once
// The back office: work queues and the transitions officials take (API.md "Back office").
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

class OfficialWork {
 public:
  explicit OfficialWork(Services& services) : services_(services) {}

  // Dossiers the caller's roles and unit may act on now, optionally of one status.
  std::vector<core::Dossier> queue(const Principal& who, std::optional<core::Status> status);
  // Takes `action_name` ("receive", "request-supplement", …) with its JSON parameters.
  core::Dossier act(const Principal& who, const std::string& code, const std::string& action_name,
                    const nlohmann::json& params);

 private:
  Services& services_;
};

}  // namespace motcua::app
