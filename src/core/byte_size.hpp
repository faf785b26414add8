#pragma once
// File sizes as people read them, the same on pages, in upload errors and on printouts.
#include <string>

namespace motcua::core {

// "512 B", "2.9 KB", "12 KB", "3.4 MB": binary units, one decimal dropped when it is zero, so a
// limit of 3000 bytes reads "2.9 KB" and never rounds up past what is allowed.
std::string byte_size_text(long long bytes, char decimal_mark = '.');

}  // namespace motcua::core
