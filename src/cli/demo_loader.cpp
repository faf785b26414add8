#include "cli/demo_loader.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli/admin_unit_loader.hpp"

namespace motcua::cli {

std::string read_text_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

app::SeedSummary load_demo(app::Services& services, const std::string& resources) {
  const auto dir = resources + "/data/demo/";
  load_admin_unit_folder(services, resources + "/data/admin_units/demo");  // Minh An's communes
  return app::seed_demo(
      services, {read_text_file(dir + "units.json"), read_text_file(dir + "procedures.json"),
                 read_text_file(dir + "calendar.json"), read_text_file(dir + "catalogs.json")});
}

}  // namespace motcua::cli
