#pragma once
// How stored files are named, whichever store keeps their bytes.
#include <string>
#include <string_view>

namespace motcua::store::files {

// The SHA-256 of the bytes in lowercase hex: the name they are stored and asked for under.
std::string content_address(std::string_view bytes);

// True for exactly 64 lowercase hex digits: a name that cannot walk out of the store.
bool is_content_address(std::string_view name);

}  // namespace motcua::store::files
