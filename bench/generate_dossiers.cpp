// Fills a store with N submitted dossiers of the demo procedures, for the load scenarios.
// Usage: generate_dossiers --data DIR [--db URL] [--count 100000]
// Prints one dossier code in ten to stdout, spread over the whole store, so the load scenario
// looks up codes the server has not just seen; the log goes to stderr.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app/dossier_flow.hpp"
#include "cli/arguments.hpp"
#include "cli/demo_loader.hpp"
#include "cli/runtime.hpp"
#include "core/dossier_code.hpp"

namespace {

using motcua::app::Transaction;

motcua::core::Dossier make_dossier(const motcua::core::Procedure& procedure, long long owner,
                                   long long receiving, long long competent,
                                   motcua::core::Instant at) {
  motcua::core::Dossier dossier;
  dossier.procedure_version_id = procedure.version_id;
  dossier.procedure_code = procedure.code;
  dossier.procedure_name = procedure.name;
  dossier.owner_id = owner;
  dossier.applicant_name = "Nguyễn Văn An";
  dossier.receiving_unit_id = receiving;
  dossier.competent_unit_id = competent;
  dossier.created_at = at;
  dossier.updated_at = at;
  return dossier;
}

// Moves a dossier on by the actions the desk and the units take, as a province's store looks after
// a year: everything older than the last two weeks was received, settled and returned (one in ten
// late); the last two weeks are in flight, a quarter each still waiting for reception, received,
// in processing and settled waiting to be returned.
void step(const motcua::app::Services& services, Transaction& tx, motcua::core::Dossier& dossier,
          const char* actor, const char* action, motcua::core::Action kind, motcua::core::Status to,
          motcua::core::Instant at) {
  const auto from = dossier.lifecycle.status;
  dossier.lifecycle = motcua::core::apply(dossier.lifecycle, kind, to);
  motcua::app::record_event(services, tx, dossier, actor, action, from, to, "", {}, at);
}

// The dossiers spread evenly over the last year, so the last two weeks hold 14/365 of them.
constexpr long long kDays = 365;
constexpr long long kBusinessDossiers = 50;
constexpr long long kInFlightDays = 14;

void advance(const motcua::app::Services& services, Transaction& tx, motcua::core::Dossier& dossier,
             long long i, long long count, motcua::core::Instant submitted) {
  using motcua::core::Action;
  using motcua::core::Status;
  const bool recent = i >= count - count * kInFlightDays / kDays;
  const int stage = recent ? static_cast<int>(i % 4) : 4;
  if (stage == 0) return;
  const auto received = submitted + std::chrono::hours(1);
  dossier.clock.received_at = received;
  dossier.clock.due_at = received + std::chrono::days(i % 10 == 0 ? 1 : 5);
  step(services, tx, dossier, "tiepnhan", "receive", Action::receive, Status::received, received);
  if (stage == 1) return;
  step(services, tx, dossier, "tiepnhan", "forward", Action::forward, Status::processing,
       received + std::chrono::minutes(10));
  if (stage == 2) return;
  step(services, tx, dossier, "lanhdao", "approve", Action::approve, Status::resolved,
       received + std::chrono::days(2));
  if (stage == 3) return;
  dossier.returned_at = received + std::chrono::days(3);
  dossier.return_method = motcua::core::ReturnMethod::online;
  step(services, tx, dossier, "tiepnhan", "return-result", Action::return_result, Status::returned,
       *dossier.returned_at);
}

// What every generating thread shares: the procedures, the applicants, where codes go.
struct Plan {
  std::vector<motcua::core::Procedure> procedures;
  long long owner = 0;
  long long business = 0;
  long long receiving = 0;
  long long count = 0;
  long long business_every = 1;
  motcua::core::Instant start;
  std::mutex output_mutex;
  std::ofstream business_codes;
};

// The dossiers numbered [from, to), in transactions of a thousand.
void generate(motcua::cli::Runtime& runtime, Plan& plan, long long from, long long to) {
  using namespace motcua;
  std::mt19937 random(static_cast<std::mt19937::result_type>(42 + from));
  const auto spacing = std::chrono::seconds(kDays * 24 * 3600) / plan.count;
  constexpr long long kBatch = 1000;
  for (long long done = from; done < to; done += kBatch) {
    std::string citizen_codes;
    std::string business_codes;
    runtime.store->write([&](Transaction& tx) {
      citizen_codes.clear();
      business_codes.clear();
      const auto receiving_unit = *tx.find_unit(plan.receiving);
      for (long long i = done; i < std::min(to, done + kBatch); ++i) {
        const auto& procedure = plan.procedures[random() % plan.procedures.size()];
        const auto at = plan.start + spacing * i;
        auto competent = tx.find_unit_by_code(procedure.agency_code);
        const bool of_business = i % plan.business_every == plan.business_every / 2;
        auto dossier = make_dossier(procedure, of_business ? plan.business : plan.owner,
                                    plan.receiving, competent->id, at);
        dossier.id = tx.insert_dossier(dossier);
        const char* applicant = of_business ? "doanhnghiep" : "congdan";
        app::record_event(*runtime.services, tx, dossier, applicant, "create", core::Status::draft,
                          core::Status::draft, "", {}, at);
        const auto day = core::to_local(at).date;
        dossier.code = core::format_dossier_code(
            receiving_unit.code, day,
            tx.next_dossier_number(plan.receiving, core::counter_day_key(day)));
        dossier.submitted_at = at;
        dossier.lifecycle =
            core::apply(dossier.lifecycle, core::Action::submit, core::Status::submitted);
        app::record_event(*runtime.services, tx, dossier, applicant, "submit", core::Status::draft,
                          core::Status::submitted, "", {{"code", dossier.code}}, at);
        advance(*runtime.services, tx, dossier, i, plan.count, at);
        // Standard output lists every citizen's code, the file every business's: a lookup drawn
        // from a sample would find the sample's pages kept in memory.
        (of_business ? business_codes : citizen_codes) += dossier.code + "\n";
      }
    });
    const std::lock_guard lock(plan.output_mutex);
    std::cout << citizen_codes;
    plan.business_codes << business_codes;
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace motcua;
  spdlog::set_default_logger(spdlog::stderr_logger_mt("generate"));
  auto options = cli::store_options();
  options.insert("count");
  options.insert("business-codes");
  cli::Arguments args(std::vector<std::string>(argv + 1, argv + argc), options, {});
  // PostgreSQL takes one writer per core (two halves of the year, sharing one day's counter at
  // most); SQLite has one writer anyway.
  const int threads = args.value_or("db", "").empty() ? 1 : 2;
  auto runtime = cli::open_runtime(args, {}, threads + 1);
  cli::load_demo(*runtime.services, cli::resource_dir(args));
  Plan plan;
  plan.count = std::stoll(args.value_or("count", "100000"));
  runtime.store->read([&](Transaction& tx) {
    for (const auto& hit : tx.search_procedures({.per_page = 100}).items)
      plan.procedures.push_back(*tx.find_procedure(hit.procedure.code));
    plan.owner = tx.find_user_by_username("congdan")->id;
    plan.business = tx.find_user_by_username("doanhnghiep")->id;
    for (const auto& unit : tx.list_units())
      if (unit.receives_for_province) plan.receiving = unit.id;
  });
  plan.start = runtime.clock->now() - std::chrono::days(kDays);
  // The citizen files all but a few: the business files as many as one applicant really does, so
  // its "my dossiers" page is measured at a real size beside the citizen's extreme one.
  plan.business_every = std::max(1LL, plan.count / kBusinessDossiers);
  plan.business_codes.open(args.value_or("business-codes", "/dev/null"));
  std::vector<std::thread> workers;
  std::atomic<bool> failed = false;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      try {
        generate(runtime, plan, plan.count * t / threads, plan.count * (t + 1) / threads);
      } catch (const std::exception& error) {
        spdlog::error("generating failed: {}", error.what());
        failed = true;
      }
    });
  }
  for (auto& worker : workers) worker.join();
  if (failed) return 1;
  std::cerr << "generated " << plan.count << " dossiers\n";
  return 0;
}
