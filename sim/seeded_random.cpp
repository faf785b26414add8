#include "seeded_random.hpp"

namespace motcua::sim {

double SeededRandom::uniform() {
  const std::lock_guard lock(mutex_);
  return std::uniform_real_distribution<double>(0.0, 1.0)(engine_);
}

bool SeededRandom::chance(double probability) { return uniform() < probability; }

std::string SeededRandom::digits(std::size_t count) {
  const std::lock_guard lock(mutex_);
  std::uniform_int_distribution<int> digit(0, 9);
  std::string out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out += static_cast<char>('0' + digit(engine_));
  return out;
}

}  // namespace motcua::sim
