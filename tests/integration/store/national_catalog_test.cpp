// The national catalog's snapshot on both stores: read back whole, only changes counted, codes no
// longer published removed, each sync recorded; and the local catalog listed in full.
#include "samples.hpp"
#include "store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using NationalCatalogTest = StoreTest;

core::NationalProcedure national(const std::string& code, const std::string& name) {
  core::NationalProcedure procedure;
  procedure.code = code;
  procedure.name = name;
  procedure.sectors = {{"G09-TP04", "Hộ tịch"}};
  procedure.agencies = {"Ủy ban nhân dân cấp xã"};
  procedure.durations = {{1, "1", "Ngày làm việc"}, {2, "0,5", "Ngày làm việc"}};
  procedure.fees_vnd = {0, 8000};
  return procedure;
}

app::CatalogSyncRecord sync_at(long long seconds, int rejected = 0) {
  app::CatalogSyncRecord record;
  record.at = at(seconds);
  record.rejected = rejected;
  return record;
}

TEST_F(NationalCatalogTest, TheSnapshotReadsBackWhole) {
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.last_catalog_sync(); }));
  const std::vector<core::NationalProcedure> procedures{national("1.001193", "Đăng ký khai sinh"),
                                                        national("1.000656", "Đăng ký khai tử")};
  const auto record = write([&](app::Transaction& tx) {
    return tx.replace_national_catalog(procedures, sync_at(1'760'000'000, 2));
  });
  EXPECT_EQ(record.procedures, 2);
  EXPECT_EQ(record.changed, 2);
  EXPECT_EQ(record.removed, 0);
  EXPECT_EQ(record.rejected, 2);
  const auto stored = read([](app::Transaction& tx) { return tx.list_national_catalog(); });
  ASSERT_EQ(stored.size(), 2U);
  EXPECT_EQ(stored[0].code, "1.000656") << "in code order";
  const auto& birth = stored[1];
  EXPECT_EQ(birth.name, "Đăng ký khai sinh");
  ASSERT_EQ(birth.sectors.size(), 1U);
  EXPECT_EQ(birth.sectors[0].code, "G09-TP04");
  EXPECT_EQ(birth.sectors[0].name, "Hộ tịch");
  EXPECT_EQ(birth.agencies, std::vector<std::string>{"Ủy ban nhân dân cấp xã"});
  ASSERT_EQ(birth.durations.size(), 2U);
  EXPECT_EQ(birth.durations[1].channel, 2);
  EXPECT_EQ(birth.durations[1].value, "0,5");
  EXPECT_EQ(birth.durations[1].unit, "Ngày làm việc");
  EXPECT_EQ(birth.fees_vnd, (std::vector<long long>{0, 8000}));
  const auto last = read([](app::Transaction& tx) { return tx.last_catalog_sync(); });
  ASSERT_TRUE(last);
  EXPECT_EQ(last->at, at(1'760'000'000));
  EXPECT_EQ(last->procedures, 2);
  EXPECT_EQ(last->rejected, 2);
}

TEST_F(NationalCatalogTest, ALaterSyncCountsChangesAndDropsWhatIsNoLongerPublished) {
  write([&](app::Transaction& tx) {
    tx.replace_national_catalog(
        {national("1.001193", "Đăng ký khai sinh"), national("1.000656", "Đăng ký khai tử"),
         national("1.000894", "Đăng ký kết hôn")},
        sync_at(1'760'000'000));
  });
  auto changed = national("1.000656", "Đăng ký khai tử");
  changed.fees_vnd = {10000};
  const auto record = write([&](app::Transaction& tx) {
    return tx.replace_national_catalog(
        {national("1.001193", "Đăng ký khai sinh"), changed, national("1.004884", "Đăng ký lại")},
        sync_at(1'760'086'400));
  });
  EXPECT_EQ(record.procedures, 3);
  EXPECT_EQ(record.changed, 2) << "one changed, one new; the unchanged one is not counted";
  EXPECT_EQ(record.removed, 1);
  const auto stored = read([](app::Transaction& tx) { return tx.list_national_catalog(); });
  ASSERT_EQ(stored.size(), 3U);
  EXPECT_EQ(stored[0].code, "1.000656");
  EXPECT_EQ(stored[0].fees_vnd, std::vector<long long>{10000});
  EXPECT_EQ(stored[1].code, "1.001193");
  EXPECT_EQ(stored[2].code, "1.004884");
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.last_catalog_sync(); })->at,
            at(1'760'086'400));
}

TEST_F(NationalCatalogTest, TheLocalCatalogIsListedInFullInCodeOrder) {
  write([](app::Transaction& tx) {
    auto birth = sample_procedure("1.001193", "Đăng ký khai sinh");
    birth.fees = {{"Lệ phí", 8000, ""}};
    tx.save_procedure(birth);
    tx.save_procedure(sample_procedure("1.000656", "Đăng ký khai tử"));
  });
  const auto procedures = read([](app::Transaction& tx) { return tx.list_current_procedures(); });
  ASSERT_EQ(procedures.size(), 2U);
  EXPECT_EQ(procedures[0].code, "1.000656");
  EXPECT_EQ(procedures[1].code, "1.001193");
  ASSERT_EQ(procedures[1].fees.size(), 1U) << "the full version, fees included";
  EXPECT_EQ(procedures[1].fees[0].amount_vnd, 8000);
}

}  // namespace
}  // namespace motcua::store::testing
