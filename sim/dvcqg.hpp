#pragma once
// DVCQG, the national public-service portal: citizens file there (on its pages, or through /_sim in
// tests), motcua reads the filings from a feed and reports each dossier's statuses back.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sim_context.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

struct PortalFiling {
  std::string procedure_code;
  std::string applicant;  // ChuHoSo
  std::string filed_at;   // NgayNopHoSo, yyyyMMddHHmmss
};

// A status the provincial system reported, as it came.
struct SyncedStatus {
  int status = 0;    // TrangThaiHoSo, 1 to 10
  std::string at;    // ThoiDiemXuLy, yyyyMMddHHmmss
  std::string note;  // NoiDungXuLy
};

// What the portal knows of one dossier.
struct PortalDossier {
  // Empty for a dossier filed elsewhere: the province reports the statuses of every dossier.
  std::optional<PortalFiling> filing;
  std::vector<SyncedStatus> statuses;
  json result;      // the last DanhSachGiayToKetQua, null until one came
  json evaluation;  // the applicant's rating, null until it came
};

// The dossier code a filing got, or, when it was refused, the problems by field
// ({"applicant.id_number": "…"}).
struct FilingOutcome {
  std::string code;
  json problems = json::object();
};

class Dvcqg {
 public:
  explicit Dvcqg(SimContext& context) : context_(context) {}
  void install(web::Router& router);

  // Files a dossier shaped as POST /_sim/dvcqg/dossiers takes it, so every way of filing is
  // validated alike and reaches the same feed; `wire_bytes` is what the filing weighed.
  FilingOutcome file(const json& body, std::size_t wire_bytes);
  std::optional<PortalDossier> find(const std::string& code);

 private:
  struct FeedEntry {
    json item;
    std::size_t bytes = 0;  // roughly what it weighs on the wire
  };

  web::Response file_control(const web::Request& request);
  web::Response feed(const web::Request& request);
  web::Response status(const web::Request& request);
  web::Response evaluation(const web::Request& request);
  web::Response portal_view(const web::Request& request);
  std::string next_code(const std::string& unit, Clock::time_point now);

  SimContext& context_;
  std::mutex mutex_;
  std::vector<FeedEntry> feed_;
  std::map<std::string, int> counters_;  // by "<unit>-<yyMMdd>"
  std::map<std::string, PortalDossier> dossiers_;
};

}  // namespace motcua::sim
