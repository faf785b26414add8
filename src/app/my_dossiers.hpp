#pragma once
// "my dossiers" (requirements P20, Circular 21/2023 Art 5.1(k)): the applicant's dossiers
// by status with what waits on them first, their drafts, and discarding a draft they no longer
// want.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

// What a dossier in this status of the national catalogue (Circular 21/2023 Art 5.2(b)) waits for
// from its applicant, or "" when nothing: papers to supplement (5), a financial obligation to pay
// (6), a finished result to collect or download (9).
std::string applicant_action(core::Status status);  // "supplement" | "payment" | "collect" | ""

struct MyDossiersQuery {
  // "" every submitted dossier (and drafts too when include_drafts); "action" those waiting on
  // the applicant; "draft"; or status codes "5" / "1,2,4".
  std::string status;
  bool include_drafts = false;  // with status "": drafts among the rest
  bool action_first = true;     // false: newest created first
  int page = 1;
  int per_page = 20;
  int drafts_shown = 0;  // > 0: also the latest drafts, this many
};

struct MyDossiers {
  Page<core::Dossier> dossiers;
  Page<core::Dossier> drafts;       // with drafts_shown
  std::map<int, long long> counts;  // status code → number of the applicant's dossiers
  long long action_needed = 0;
};

class OwnDossiers {
 public:
  explicit OwnDossiers(Services& services) : services_(services) {}

  // An unknown status filter is 400 with "status" in fields.
  MyDossiers list(const Principal& who, const MyDossiersQuery& query);
  // The applicant's own draft (404 otherwise, 409 once it was submitted).
  core::Dossier find_draft(const Principal& who, long long id);
  void delete_draft(const Principal& who, long long id, const std::string& ip);

 private:
  Services& services_;
};

// The status codes a filter names, or nothing when it names none validly.
std::optional<std::vector<int>> statuses_of_filter(const std::string& filter);

}  // namespace motcua::app
