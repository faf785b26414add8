// Units and procedure versions are kept by each process: a change through it shows at once (in the
// writing transaction too), a change through another process within a second.
#include <chrono>
#include <thread>

#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using KeptCatalogsTest = StoreTest;

core::LocalDate day(int y, unsigned m, unsigned d) {
  return core::LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

void wait_out_the_kept_copies() { std::this_thread::sleep_for(std::chrono::milliseconds(1100)); }

TEST_F(KeptCatalogsTest, AUnitChangeShowsAtOnceHereAndWithinASecondFromAnotherProcess) {
  const auto id = write([](app::Transaction& tx) {
    return tx.upsert_unit(sample_unit("H29.12.05", "UBND xã Tân Lập"));
  });
  const auto name_of = [&](long long unit_id) {
    return read([&](app::Transaction& tx) { return tx.find_unit(unit_id)->name; });
  };
  EXPECT_EQ(name_of(id), "UBND xã Tân Lập");
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_unit_by_code("H29.99"); }));

  const auto seen_in_write = write([](app::Transaction& tx) {
    tx.upsert_unit(sample_unit("H29.12.05", "UBND phường Tân Lập"));
    tx.upsert_unit(sample_unit("H29.99", "Trung tâm Phục vụ hành chính công"));
    return tx.find_unit_by_code("H29.12.05")->name + " / " + tx.find_unit_by_code("H29.99")->name;
  });
  EXPECT_EQ(seen_in_write, "UBND phường Tân Lập / Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(name_of(id), "UBND phường Tân Lập");
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.list_units().size(); }), 2U);

  db_->open()->write([](app::Transaction& tx) {
    tx.upsert_unit(sample_unit("H29.12.05", "UBND phường Hoàn Kiếm"));
    tx.upsert_unit(sample_unit("H29.98", "Sở Tư pháp"));
  });
  wait_out_the_kept_copies();
  EXPECT_EQ(name_of(id), "UBND phường Hoàn Kiếm");
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.find_unit_by_code("H29.98")->name; }),
            "Sở Tư pháp");
}

TEST_F(KeptCatalogsTest, ANewProcedureVersionShowsAtOnceHereAndWithinASecondFromAnotherProcess) {
  const auto first = write([](app::Transaction& tx) {
    return tx.save_procedure(sample_procedure("1.001193", "Đăng ký khai sinh"));
  });
  const auto current_name = [&] {
    return read([](app::Transaction& tx) { return tx.find_procedure("1.001193")->name; });
  };
  EXPECT_EQ(current_name(), "Đăng ký khai sinh");
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_procedure("2.000001"); }));

  auto next = sample_procedure("1.001193", "Đăng ký khai sinh (2026)");
  next.effective_from = day(2026, 1, 1);
  const auto seen_in_write = write([&](app::Transaction& tx) {
    tx.save_procedure(next);
    tx.save_procedure(sample_procedure("2.000001", "Đăng ký kết hôn"));
    return tx.find_procedure("1.001193")->name;
  });
  EXPECT_EQ(seen_in_write, "Đăng ký khai sinh (2026)");
  EXPECT_EQ(current_name(), "Đăng ký khai sinh (2026)");
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.find_procedure("2.000001")->name; }),
            "Đăng ký kết hôn");
  const auto in_force_in_2025 = [&] {
    return read([](app::Transaction& tx) {
      return tx.find_procedure_in_force("1.001193", day(2025, 12, 31))->name;
    });
  };
  EXPECT_EQ(in_force_in_2025(), "Đăng ký khai sinh");
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.find_procedure_version(first)->name; }),
            "Đăng ký khai sinh");

  auto corrected = sample_procedure("1.001193", "Đăng ký khai sinh (sửa đổi)");
  corrected.effective_from = day(2025, 9, 1);
  db_->open()->write([&](app::Transaction& tx) { tx.save_procedure(corrected); });
  wait_out_the_kept_copies();
  EXPECT_EQ(current_name(), "Đăng ký khai sinh (sửa đổi)");
  EXPECT_EQ(in_force_in_2025(), "Đăng ký khai sinh (sửa đổi)");
}

}  // namespace
}  // namespace motcua::store::testing
