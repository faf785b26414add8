// Work coming due for the officials' reminders, on both stores: active steps and dossiers without
// a workflow, in the window asked, each reminder claimed once.
#include "samples.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

class RemindersTest : public StoreTest {
 protected:
  // A received dossier due at `due`, with one active step due at `step_due` when given.
  long long received(const DossierWorld& world, const std::string& code, long long due,
                     std::optional<long long> step_due) {
    return write([&](app::Transaction& tx) {
      auto dossier = sample_dossier(world, code);
      dossier.lifecycle.status = core::Status::received;
      dossier.clock.received_at = at(1'760'000'200);
      dossier.clock.due_at = at(due);
      const auto id = tx.insert_dossier(dossier);
      if (step_due) {
        core::DossierStep step;
        step.definition = {
            1, "Thẩm định", "H29.12.05", core::Role::specialist, 4, core::BudgetUnit::working_hours,
            {}};
        step.unit_id = world.unit_id;
        step.status = core::StepStatus::active;
        step.started_at = at(1'760'000'200);
        step.due_at = at(*step_due);
        tx.save_steps(id, {step});
      }
      return id;
    });
  }
};

TEST_F(RemindersTest, StepsAndDossiersWithoutAWorkflowComeDueOnceEach) {
  const auto world = write([](app::Transaction& tx) { return make_dossier_world(tx); });
  const auto with_step = received(world, "H29.12.05-251009-0001", 1'760'900'000, 1'760'100'000);
  const auto plain = received(world, "H29.12.05-251009-0002", 1'760'150'000, std::nullopt);
  received(world, "H29.12.05-251009-0003", 1'770'000'000, std::nullopt);  // far from due

  const auto due = read([](app::Transaction& tx) {
    return tx.list_due_work("overdue", std::nullopt, at(1'760'200'000), 100);
  });
  ASSERT_EQ(due.size(), 2U);
  EXPECT_EQ(due[0].dossier_id, with_step);
  ASSERT_TRUE(due[0].step_seq);
  EXPECT_EQ(*due[0].step_seq, 1);
  EXPECT_EQ(due[0].unit_id, world.unit_id);
  EXPECT_EQ(due[0].role, "specialist");
  EXPECT_EQ(due[1].dossier_id, plain);
  EXPECT_FALSE(due[1].step_seq) << "the dossier's own deadline";
  EXPECT_EQ(due[1].dossier_code, "H29.12.05-251009-0002");

  const auto window = read([](app::Transaction& tx) {
    return tx.list_due_work("due_soon", at(1'760'120'000), at(1'760'200'000), 100);
  });
  ASSERT_EQ(window.size(), 1U) << "only what falls in [from, before)";
  EXPECT_EQ(window[0].dossier_id, plain);

  EXPECT_TRUE(write([&](app::Transaction& tx) {
    return tx.claim_reminder(with_step, "step:1", "overdue", at(1'760'200'000));
  }));
  EXPECT_FALSE(write([&](app::Transaction& tx) {
    return tx.claim_reminder(with_step, "step:1", "overdue", at(1'760'200'001));
  })) << "claimed once";
  const auto left = read([](app::Transaction& tx) {
    return tx.list_due_work("overdue", std::nullopt, at(1'760'200'000), 100);
  });
  ASSERT_EQ(left.size(), 1U);
  EXPECT_EQ(left[0].dossier_id, plain);
  EXPECT_EQ(read([](app::Transaction& tx) {
              return tx.list_due_work("due_soon", std::nullopt, at(1'760'200'000), 100).size();
            }),
            2U)
      << "another kind is another reminder";
}

}  // namespace
}  // namespace motcua::store::testing
