#include "core/pattern_cache.hpp"

#include <map>
#include <mutex>

namespace motcua::core {
namespace {

// Far more than the distinct patterns of a province's catalog.
constexpr std::size_t kMaxCachedPatterns = 256;

std::shared_ptr<const std::regex> compile(const std::string& pattern) {
  try {
    return std::make_shared<const std::regex>(pattern, std::regex::ECMAScript);
  } catch (const std::regex_error&) {
    return nullptr;  // remembered as broken too, so it is not compiled again on every check
  }
}

}  // namespace

std::shared_ptr<const std::regex> compiled_pattern(const std::string& pattern) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const std::regex>> cache;
  {
    const std::lock_guard lock(mutex);
    if (const auto found = cache.find(pattern); found != cache.end()) return found->second;
  }
  auto compiled = compile(pattern);  // outside the lock: a slow pattern holds up no other check
  const std::lock_guard lock(mutex);
  if (cache.size() >= kMaxCachedPatterns) cache.clear();  // rare: starting over is cheapest
  cache.emplace(pattern, compiled);
  return compiled;
}

}  // namespace motcua::core
