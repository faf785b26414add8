// The outbox against motcua-sim: how many messages a second the delivery threads hand over, and
// how long a message waits from its event to its delivery (p50, p99) at a steady rate of events.
// Usage: outbox_delivery --sim URL [--data DIR] [--count 5000] [--rate 200] [--seconds 10]
//        [--threads 4]
// Each phase runs on a fresh SQLite store under DIR.
#include "app/outbox_delivery.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <random>
#include <thread>

#include "app/outbox.hpp"
#include "cli/arguments.hpp"
#include "cli/runtime.hpp"
#include "integrations/http_connections.hpp"

namespace {

using namespace motcua;

double jitter() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

void enqueue(app::Services& services, int from, int count) {
  services.store.write([&](app::Transaction& tx) {
    for (int i = from; i < from + count; ++i) {
      app::enqueue(
          services, tx,
          {"emc", "event", "bench:" + std::to_string(i), "bench:" + std::to_string(i % 64),
           std::nullopt, nlohmann::json{{"MaHoSo", "BENCH-" + std::to_string(i)}, {"Status", 1}}});
    }
  });
}

long long pending(app::Services& services) {
  long long waiting = 0;
  services.store.read([&](app::Transaction& tx) {
    for (const auto& c : tx.count_outbox()) waiting += c.pending;
  });
  return waiting;
}

// Delivery threads as the server runs them: a pass every 100 ms, back to back while there is work.
class Workers {
 public:
  Workers(app::Services& services, int threads) {
    for (int i = 0; i < threads; ++i) {
      threads_.emplace_back([this, &services] {
        app::OutboxDelivery delivery(services, jitter);
        while (!stop_) {
          if (delivery.run_once() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
      });
    }
  }
  ~Workers() {
    stop_ = true;
    for (auto& t : threads_) t.join();
  }

 private:
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

std::vector<long long> delays(app::Services& services) {
  std::vector<long long> out;
  services.store.read([&](app::Transaction& tx) {
    app::OutboxQuery query;
    query.state = app::kOutboxDelivered;
    query.limit = 1'000'000;
    for (const auto& m : tx.list_outbox(query)) out.push_back(*m.delivered_ms - m.created_ms);
  });
  std::sort(out.begin(), out.end());
  return out;
}

long long percentile(const std::vector<long long>& sorted, double p) {
  if (sorted.empty()) return 0;
  return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_level(spdlog::level::warn);
  const std::vector<std::string> words(argv + 1, argv + argc);
  const cli::Arguments args(words, {"sim", "data", "count", "rate", "seconds", "threads"},
                            {});
  const auto data = args.value_or(
      "data", (std::filesystem::temp_directory_path() / "motcua-outbox-bench").string());
  std::filesystem::remove_all(data);
  const std::vector<std::string> store_words{"--data", data};
  auto runtime = cli::open_runtime(cli::Arguments(store_words, cli::store_options(), {}));
  integrations::HttpConnections connections(
      integrations::ConnectionSettings::simulator(args.value_or("sim", "http://127.0.0.1:8090")));
  auto& services = *runtime.services;
  services.sender = &connections;
  const int count = std::stoi(args.value_or("count", "5000"));
  const int threads = std::stoi(args.value_or("threads", "4"));

  enqueue(services, 0, count);
  auto started = std::chrono::steady_clock::now();
  {
    Workers workers(services, threads);
    while (pending(services) > 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "throughput: " << count << " messages in " << seconds
            << " s = " << static_cast<long long>(count / seconds) << " messages/s with " << threads
            << " threads\n";

  std::filesystem::remove_all(data);
  auto fresh = cli::open_runtime(cli::Arguments(store_words, cli::store_options(), {}));
  auto& steady = *fresh.services;
  steady.sender = &connections;
  const int rate = std::stoi(args.value_or("rate", "200"));
  const int duration = std::stoi(args.value_or("seconds", "10"));
  {
    Workers workers(steady, threads);
    const auto tick = std::chrono::milliseconds(50);
    const int per_tick = std::max(1, rate / 20);
    for (int i = 0; i < duration * 20; ++i) {
      enqueue(steady, i * per_tick, per_tick);
      std::this_thread::sleep_for(tick);
    }
    while (pending(steady) > 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const auto waited = delays(steady);
  std::cout << "delay at " << rate << " events/s: p50 " << percentile(waited, 0.5) << " ms, p99 "
            << percentile(waited, 0.99) << " ms over " << waited.size() << " messages\n";
  std::filesystem::remove_all(data);
  return 0;
}
