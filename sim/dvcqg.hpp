#pragma once
// DVCQG, the national public-service portal: citizens file there (through /_sim in tests), motcua
// reads the filings from a feed and reports each dossier's statuses back.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "sim_context.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

class Dvcqg {
 public:
  explicit Dvcqg(SimContext& context) : context_(context) {}
  void install(web::Router& router);

 private:
  struct FeedEntry {
    json item;
    std::size_t bytes = 0;  // roughly what it weighs on the wire
  };
  struct Tracked {
    json statuses = json::array();
    json result;  // the last DanhSachGiayToKetQua, null until one came
  };

  web::Response file(const web::Request& request);
  web::Response feed(const web::Request& request);
  web::Response status(const web::Request& request);
  web::Response portal_view(const web::Request& request);
  std::string next_code(const std::string& unit, Clock::time_point now);

  SimContext& context_;
  std::mutex mutex_;
  std::vector<FeedEntry> feed_;
  std::map<std::string, int> counters_;  // by "<unit>-<yyMMdd>"
  std::map<std::string, Tracked> dossiers_;
};

}  // namespace motcua::sim
