#include "cli/admin_unit_loader.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "app/admin_units.hpp"
#include "cli/demo_loader.hpp"

namespace motcua::cli {

int load_admin_unit_folder(app::Services& services, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    spdlog::warn("no administrative-unit catalog at {}: address fields offer no provinces", dir);
    return 0;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  int count = 0;
  for (const auto& file : files) {
    count += app::load_admin_units(services, read_text_file(file.string()));
  }
  return count;
}

}  // namespace motcua::cli
