#pragma once
#include <string>

#include "app/demo_seed.hpp"

namespace motcua::cli {

// Reads the demo province's files from <resources>/data/demo and seeds them.
app::SeedSummary load_demo(app::Services& services, const std::string& resources);
std::string read_text_file(const std::string& path);

}  // namespace motcua::cli
