#pragma once
// Administrators keep the handling rules as data (requirements §13.3): a new set takes effect from
// a date, and dossiers are judged by the set in force when each action is taken.
#include <nlohmann/json.hpp>
#include <string>

#include "app/accounts.hpp"
#include "app/services.hpp"
#include "core/handling_rules.hpp"

namespace motcua::app {

// {"supplement_once","apology_once","apology_notice_days","paper_handover_after": "HH:MM"}
nlohmann::json handling_rules_json(const core::HandlingRules& rules);

class HandlingRulesAdmin {
 public:
  explicit HandlingRulesAdmin(Services& services) : services_(services) {}

  // The rules in force today (officials and administrators).
  core::HandlingRules in_force(const Principal& who);
  // Administrators: `rules` (the shape above, every member required) from `effective_from`, today
  // or later. Errors: invalid_input per member.
  core::HandlingRules save(const Principal& admin, const std::string& effective_from,
                           const nlohmann::json& rules, const std::string& ip);

 private:
  Services& services_;
};

}  // namespace motcua::app
