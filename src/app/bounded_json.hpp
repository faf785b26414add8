#pragma once
// JSON that came from outside (request bodies, and what was stored from them) parsed with a bound
// on its nesting. nlohmann's parser is iterative, but dump, copy and comparison recurse once per
// level, so a document thousands of levels deep would overflow the stack wherever it is next used.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

namespace motcua::app {

// Deep enough for any document the API exchanges (a form is four levels), shallow enough that
// every recursive walk over it stays far from the stack's end.
inline constexpr int kMaxJsonDepth = 32;

// Whether `text` opens more than `max_depth` arrays or objects inside one another. Brackets in
// strings do not count. One pass, no recursion; the rest of the syntax is the parser's business.
bool nests_deeper_than(std::string_view text, int max_depth);

// The document, or a discarded value (is_discarded()) when it is malformed or nests deeper than
// kMaxJsonDepth.
nlohmann::json parse_bounded_json(std::string_view text);

}  // namespace motcua::app
