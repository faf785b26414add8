#pragma once
// Administrators publish a new version of a procedure (requirements B1, §5 administration): its
// fields over those of the version in force, effective from a date not in the past. Dossiers filed
// from that date use it, drafts then in progress move to it, and dossiers filed before keep theirs.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct PublishedVersion {
  core::Procedure procedure;
  bool created = false;  // false: the same content as the latest version, nothing new was kept
};

class ProcedureVersions {
 public:
  explicit ProcedureVersions(Services& services) : services_(services) {}

  // `fields` is a version record, whole or in part, in the catalog API's shape (sector and agency
  // as {code, name}, form as {fields}) or the stored one; "effective_from" (YYYY-MM-DD) is
  // required. forbidden unless administrator, not_found for an unknown procedure, invalid_input
  // with the record's field names otherwise.
  // The publication is written to the audit log with the caller's address `ip`.
  PublishedVersion publish(const Principal& who, const std::string& code,
                           const nlohmann::json& fields, const std::string& ip);
  // Every version, the newest first (administrators).
  std::vector<core::Procedure> list(const Principal& who, const std::string& code);

 private:
  Services& services_;
};

}  // namespace motcua::app
