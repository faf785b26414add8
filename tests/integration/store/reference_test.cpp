// Units, the calendar catalog, versioned settings, the audit log and transaction boundaries.
#include <thread>

#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using namespace std::chrono;
using ReferenceTest = StoreTest;

TEST_F(ReferenceTest, UnitsUpsertByCode) {
  auto province = sample_unit("H29", "Thành phố Hà Nội");
  province.kind = core::UnitKind::province;
  const long long province_id =
      write([&](app::Transaction& tx) { return tx.upsert_unit(province); });

  auto centre = sample_unit("H29.99", "Trung tâm Phục vụ hành chính công");
  centre.kind = core::UnitKind::centre;
  centre.parent_id = province_id;
  centre.receives_for_province = true;
  centre.address = "Số 12 Lê Lai";
  centre.phone = "024 3825 0000";
  centre.email = "tthcc@hanoi.gov.vn";
  const long long centre_id = write([&](app::Transaction& tx) { return tx.upsert_unit(centre); });
  EXPECT_NE(centre_id, province_id);

  const auto found = read([&](app::Transaction& tx) { return tx.find_unit(centre_id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->code, "H29.99");
  EXPECT_EQ(found->name, "Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(found->parent_id, province_id);
  EXPECT_EQ(found->kind, core::UnitKind::centre);
  EXPECT_TRUE(found->receives_for_province);
  EXPECT_EQ(found->address, "Số 12 Lê Lai");
  EXPECT_EQ(found->phone, "024 3825 0000");
  EXPECT_EQ(found->email, "tthcc@hanoi.gov.vn");

  centre.name = "Trung tâm PVHCC";
  centre.receives_for_province = false;
  EXPECT_EQ(write([&](app::Transaction& tx) { return tx.upsert_unit(centre); }), centre_id);
  const auto renamed = read([&](app::Transaction& tx) { return tx.find_unit_by_code("H29.99"); });
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->id, centre_id);
  EXPECT_EQ(renamed->name, "Trung tâm PVHCC");
  EXPECT_FALSE(renamed->receives_for_province);

  const auto units = read([](app::Transaction& tx) { return tx.list_units(); });
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].code, "H29");
  EXPECT_FALSE(units[0].parent_id);
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_unit(9999); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_unit_by_code("X"); }));
}

TEST_F(ReferenceTest, CalendarDays) {
  const core::LocalDate tet{year{2026}, month{2}, day{17}};
  const core::LocalDate make_up{year{2026}, month{1}, day{10}};
  write([&](app::Transaction& tx) {
    tx.upsert_calendar_day({tet, "Tết Nguyên đán", core::CalendarDayKind::holiday});
    tx.upsert_calendar_day({make_up, "Làm bù", core::CalendarDayKind::make_up_working});
  });
  auto days = read([](app::Transaction& tx) { return tx.list_calendar_days(); });
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].date, make_up);  // in date order
  EXPECT_EQ(days[0].kind, core::CalendarDayKind::make_up_working);
  EXPECT_EQ(days[1].name, "Tết Nguyên đán");

  write([&](app::Transaction& tx) {
    tx.upsert_calendar_day({tet, "Mùng 1 Tết", core::CalendarDayKind::holiday});
  });
  days = read([](app::Transaction& tx) { return tx.list_calendar_days(); });
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[1].name, "Mùng 1 Tết");

  EXPECT_TRUE(write([&](app::Transaction& tx) { return tx.delete_calendar_day(tet); }));
  EXPECT_FALSE(write([&](app::Transaction& tx) { return tx.delete_calendar_day(tet); }));
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.list_calendar_days(); }).size(), 1u);
}

TEST_F(ReferenceTest, SettingInForceAtAnInstant) {
  write([](app::Transaction& tx) {
    tx.put_setting("calendar.periods", at(1000), R"(["a"])");
    tx.put_setting("calendar.periods", at(2000), R"(["b"])");
    tx.put_setting("other", at(0), "1");
  });
  auto value_at = [&](long long t) {
    return read([&](app::Transaction& tx) { return tx.setting("calendar.periods", at(t)); });
  };
  EXPECT_FALSE(value_at(999));
  EXPECT_EQ(value_at(1000), R"(["a"])");
  EXPECT_EQ(value_at(1999), R"(["a"])");
  EXPECT_EQ(value_at(2000), R"(["b"])");
  EXPECT_EQ(value_at(1'000'000'000), R"(["b"])");
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.setting("missing", at(5000)); }));

  write([](app::Transaction& tx) { tx.put_setting("calendar.periods", at(1000), R"(["a2"])"); });
  EXPECT_EQ(value_at(1500), R"(["a2"])");
}

TEST_F(ReferenceTest, ATransactionReadsTheSettingItWrote) {
  write([](app::Transaction& tx) { tx.put_setting("k", at(0), "1"); });
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.setting("k", at(1)); }), "1");
  const auto seen = write([](app::Transaction& tx) {
    const auto before = tx.setting("k", at(1));
    tx.put_setting("k", at(0), "2");
    return std::make_pair(before, tx.setting("k", at(1)));
  });
  EXPECT_EQ(seen.first, "1");
  EXPECT_EQ(seen.second, "2");
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.setting("k", at(1)); }), "2");
}

// Another process's change applies within a second; this one's own at once (above).
TEST_F(ReferenceTest, ASettingWrittenByAnotherProcessAppliesWithinASecond) {
  write([](app::Transaction& tx) { tx.put_setting("k", at(0), "1"); });
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.setting("k", at(1)); }), "1");
  const auto other = db_->open();
  other->write([](app::Transaction& tx) { tx.put_setting("k", at(0), "2"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.setting("k", at(1)); }), "2");
}

TEST_F(ReferenceTest, AuditEntriesAreAppended) {
  EXPECT_NO_THROW(write([](app::Transaction& tx) {
    tx.append_audit({at(1), "quantri", "user_add", "chuyenvien", "roles=specialist", "10.0.0.1"});
    tx.append_audit({at(2), "quantri", "user_add", "lanhdao", "", ""});
  }));
}

TEST_F(ReferenceTest, WorkThatThrowsLeavesNothingBehind) {
  EXPECT_THROW(store_->write([](app::Transaction& tx) {
    tx.upsert_unit(sample_unit("H29", "Hà Nội"));
    tx.put_setting("k", at(0), "1");
    throw std::runtime_error("use case failed");
  }),
               std::runtime_error);
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_unit_by_code("H29"); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.setting("k", at(1)); }));
  // The store goes on working after a rollback.
  write([](app::Transaction& tx) { tx.upsert_unit(sample_unit("H29", "Hà Nội")); });
  EXPECT_TRUE(read([](app::Transaction& tx) { return tx.find_unit_by_code("H29"); }));
}

TEST_F(ReferenceTest, ReadSeesWhatWasCommitted) {
  write([](app::Transaction& tx) { tx.upsert_unit(sample_unit("H29", "Hà Nội")); });
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(read([](app::Transaction& tx) { return tx.list_units().size(); }), 1u);
  }
}

TEST_F(ReferenceTest, RecoversWhenTheServerDropsItsConnections) {
  write([](app::Transaction& tx) { tx.upsert_unit(sample_unit("H29", "Hà Nội")); });
  // Several connections in the pool, all idle.
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i) {
    readers.emplace_back(
        [&] { read([](app::Transaction& tx) { return tx.list_units().size(); }); });
  }
  for (auto& reader : readers) reader.join();
  db_->end_sessions();
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(read([](app::Transaction& tx) { return tx.list_units().size(); }), 1u) << i;
  }
  write([](app::Transaction& tx) { tx.upsert_unit(sample_unit("H30", "Hà Nam")); });
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.list_units().size(); }), 2u);
}

}  // namespace
}  // namespace motcua::store::testing
