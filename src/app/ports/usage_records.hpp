#pragma once
// The portal's access statistics (requirements P22): how often each page was viewed on each local
// day. A page is its route ("/ho-so/{ref}"), never a dossier code or anything else personal.
#include <string>

namespace motcua::app {

struct PageViewCount {
  std::string day;  // "2026-12-03", the province's local date
  std::string page;
  long long views = 0;

  bool operator==(const PageViewCount&) const = default;
};

}  // namespace motcua::app
