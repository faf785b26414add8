#pragma once
// The simulator's one source of randomness: every choice (which call fails, duplicated callbacks,
// transaction and waybill numbers) draws from it, so a seed replays a run.
#include <cstdint>
#include <mutex>
#include <random>
#include <string>

namespace motcua::sim {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}

  double uniform();  // in [0, 1)
  bool chance(double probability);
  std::string digits(std::size_t count);

 private:
  std::mutex mutex_;
  std::mt19937_64 engine_;
};

}  // namespace motcua::sim
