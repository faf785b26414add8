// profile contacts on the user (migration 5), "my dossiers" (filter, action-needed first,
// counts, pages), discarding a draft, and the Profiles and OwnDossiers use cases over the store.
#include <filesystem>

#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "app/my_dossiers.hpp"
#include "app/profile.hpp"
#include "core/event_chain.hpp"
#include "fakes/ports.hpp"
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

using ::motcua::testing::fields_of;
using ::motcua::testing::ManualClock;
using ::motcua::testing::NoFiles;
using ::motcua::testing::PlainCrypto;

class AccountTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    world_ = write([](app::Transaction& tx) { return make_dossier_world(tx); });
    write([](app::Transaction& tx) {
      tx.upsert_admin_unit({"H29", "Tỉnh Minh An", core::AdminUnitKind::province, "", 0});
      tx.upsert_admin_unit({"01", "Thành phố Hà Nội", core::AdminUnitKind::city, "", 1});
      tx.upsert_admin_unit({"H29.12.05", "Phường Minh An", core::AdminUnitKind::ward, "H29", 0});
      tx.upsert_admin_unit({"01.001", "Phường Ba Đình", core::AdminUnitKind::ward, "01", 0});
    });
    services_ =
        std::make_unique<app::Services>(app::Services{*store_, files_, clock_, crypto_, {}});
  }
  app::Principal owner() {
    auto user = read([&](app::Transaction& tx) { return tx.find_user(world_.owner_id); });
    return app::Principal{*user, {}};
  }
  long long insert(core::Dossier d) {
    return write([&](app::Transaction& tx) { return tx.insert_dossier(d); });
  }
  // A submitted dossier of the owner in `status`, last changed at `changed`.
  long long dossier_in(core::Status status, long long changed, const std::string& code) {
    auto d = sample_dossier(world_, code);
    d.lifecycle.status = status;
    d.updated_at = at(changed);
    return insert(d);
  }
  std::vector<long long> ids(const app::Page<core::Dossier>& page) {
    std::vector<long long> out;
    for (const auto& d : page.items) out.push_back(d.id);
    return out;
  }
  app::ProfileInput contacts() {
    return {"",    "",          "0987654321",        "moi@example.vn",
            "H29", "H29.12.05", "Số 5 đường Lê Lợi", "email"};
  }

  DossierWorld world_;
  ManualClock clock_;
  PlainCrypto crypto_;
  NoFiles files_;
  std::unique_ptr<app::Services> services_;
};

TEST_F(AccountTest, ProfileColumnsRoundTripWithDefaults) {
  const auto plain = read([&](app::Transaction& tx) { return tx.find_user(world_.owner_id); });
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->notify_channel, "portal");
  EXPECT_TRUE(plain->tax_code.empty());
  EXPECT_TRUE(plain->province_code.empty());

  auto business = sample_user("doanhnghiep", {core::Role::business});
  business.tax_code = "0101234567-001";
  business.province_code = "01";
  business.commune_code = "01.001";
  business.notify_channel = "sms";
  const auto id = write([&](app::Transaction& tx) { return tx.insert_user(business); });
  auto found = read([&](app::Transaction& tx) { return tx.find_user_by_username("doanhnghiep"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->tax_code, "0101234567-001");
  EXPECT_EQ(found->province_code, "01");
  EXPECT_EQ(found->commune_code, "01.001");
  EXPECT_EQ(found->notify_channel, "sms");

  found->notify_channel = "email";
  found->commune_code.clear();
  write([&](app::Transaction& tx) { tx.update_user(*found); });
  const auto updated = read([&](app::Transaction& tx) { return tx.find_user(id); });
  EXPECT_EQ(updated->notify_channel, "email");
  EXPECT_TRUE(updated->commune_code.empty());
  EXPECT_EQ(updated->tax_code, "0101234567-001");
}

TEST_F(AccountTest, OwnDossiersPutWhatWaitsOnTheApplicantFirst) {
  const auto processing = dossier_in(core::Status::processing, 1'760'000'900, "A-1");
  const auto supplement = dossier_in(core::Status::supplement_requested, 1'760'000'100, "A-2");
  const auto returned = dossier_in(core::Status::returned, 1'760'000'800, "A-3");
  const auto resolved = dossier_in(core::Status::resolved, 1'760'000'200, "A-4");
  const auto draft = insert(sample_dossier(world_));
  auto stranger = sample_dossier(world_, "B-1");
  stranger.owner_id = world_.official_id;
  insert(stranger);

  const auto all = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.owner_id, {}, {5, 6, 9}, 1, 20});
  });
  EXPECT_EQ(all.total, 4);  // no draft, nobody else's
  EXPECT_EQ(ids(all), (std::vector<long long>{resolved, supplement, processing, returned}));

  const auto by_change = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.owner_id, {}, {}, 1, 20});
  });
  EXPECT_EQ(ids(by_change), (std::vector<long long>{processing, returned, resolved, supplement}));

  const auto filtered = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.owner_id, {10, 4}, {}, 1, 20});
  });
  EXPECT_EQ(ids(filtered), (std::vector<long long>{processing, returned}));

  const auto drafts = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.owner_id, {0}, {}, 1, 20});
  });
  EXPECT_EQ(ids(drafts), std::vector<long long>{draft});

  const auto second_page = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.owner_id, {}, {5, 6, 9}, 2, 3});
  });
  EXPECT_EQ(second_page.total, 4);
  EXPECT_EQ(ids(second_page), std::vector<long long>{returned});

  const auto counts =
      read([&](app::Transaction& tx) { return tx.count_own_dossiers(world_.owner_id); });
  EXPECT_EQ(counts, (std::map<int, long long>{{0, 1}, {4, 1}, {5, 1}, {9, 1}, {10, 1}}));
}

// Each page is read on its own: pages of any size, put end to end, give the whole order, across
// the border between what waits on the applicant and the rest.
TEST_F(AccountTest, OwnDossierPagesCrossFromWhatWaitsToTheRest) {
  const auto processing = dossier_in(core::Status::processing, 1'760'000'900, "A-1");
  const auto supplement = dossier_in(core::Status::supplement_requested, 1'760'000'100, "A-2");
  const auto returned = dossier_in(core::Status::returned, 1'760'000'800, "A-3");
  const auto resolved = dossier_in(core::Status::resolved, 1'760'000'200, "A-4");
  const auto also_returned = dossier_in(core::Status::returned, 1'760'000'800, "A-5");
  insert(sample_dossier(world_));  // a draft, never among them
  const std::vector<long long> whole{resolved, supplement, processing, also_returned, returned};
  for (int size = 1; size <= 6; ++size) {
    std::vector<long long> joined;
    for (int number = 1; number <= 6; ++number) {
      const auto page = read([&](app::Transaction& tx) {
        return tx.list_own_dossiers({world_.owner_id, {}, {5, 6, 9}, number, size});
      });
      EXPECT_EQ(page.total, 5);
      EXPECT_LE(static_cast<int>(page.items.size()), size);
      const auto got = ids(page);
      joined.insert(joined.end(), got.begin(), got.end());
    }
    EXPECT_EQ(joined, whole) << "pages of " << size;
  }
  const auto some = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.owner_id, {10, 5}, {5, 6, 9}, 1, 20});
  });
  EXPECT_EQ(some.total, 3);
  EXPECT_EQ(ids(some), (std::vector<long long>{supplement, also_returned, returned}));
  const auto nobody = read([&](app::Transaction& tx) {
    return tx.list_own_dossiers({world_.official_id, {}, {5, 6, 9}, 1, 20});
  });
  EXPECT_EQ(nobody.total, 0);
  EXPECT_TRUE(nobody.items.empty());
}

TEST_F(AccountTest, UnreadNotificationsAreCountedNoFurtherThanAsked) {
  const auto dossier = insert(sample_dossier(world_, "A-1"));
  app::Notification notice;
  notice.user_id = world_.owner_id;
  notice.dossier_id = dossier;
  notice.kind = "status";
  notice.action = "receive";
  notice.created_at = at(1'760'000'000);
  for (int i = 0; i < 5; ++i) write([&](app::Transaction& tx) { tx.insert_notification(notice); });
  notice.read_at = at(1'760'000'100);
  write([&](app::Transaction& tx) { tx.insert_notification(notice); });
  const auto count = [&](long long at_most) {
    return read([&](app::Transaction& tx) {
      return tx.count_unread_notifications(world_.owner_id, at_most);
    });
  };
  EXPECT_EQ(count(100), 5);
  EXPECT_EQ(count(5), 5);
  EXPECT_EQ(count(3), 3);
  EXPECT_EQ(read([&](app::Transaction& tx) {
              return tx.count_unread_notifications(world_.official_id, 100);
            }),
            0);
}

TEST_F(AccountTest, DeletingADraftTakesItsFilesAndSparesSubmittedDossiers) {
  const auto draft = insert(sample_dossier(world_));
  const auto submitted = insert(sample_dossier(world_, "A-1"));
  app::StoredFile file;
  file.dossier_id = draft;
  file.component_id = "to-khai";
  file.sha256 = std::string(64, 'c');
  file.size = 10;
  file.content_type = "application/pdf";
  file.original_name = "to-khai.pdf";
  file.uploaded_by = world_.owner_id;
  file.created_at = at(1'760'000'000);
  const auto draft_file = write([&](app::Transaction& tx) { return tx.insert_file(file); });
  file.dossier_id = submitted;
  const auto kept_file = write([&](app::Transaction& tx) { return tx.insert_file(file); });
  // Every dossier's log opens with "create", drafts included.
  core::DossierEvent created;
  created.seq = 1;
  created.at = at(1'760'000'000);
  created.actor = "congdan";
  created.action = "create";
  created.payload = "{}";
  created.prev_hash = core::kGenesisHash;
  created.hash = std::string(64, 'd');
  write([&](app::Transaction& tx) {
    tx.append_event(draft, created);
    tx.append_event(submitted, created);
  });

  write([&](app::Transaction& tx) { tx.delete_draft(draft); });
  write([&](app::Transaction& tx) { tx.delete_draft(submitted); });  // not a draft: nothing
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_dossier(draft); }));
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_file(draft_file); }));
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.find_dossier(submitted); }));
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.find_file(kept_file); }));
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.list_events(draft); }).empty());
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.list_events(submitted); }).size(), 1u);
}

TEST_F(AccountTest, ProfileUpdateSavesContactsForThePrefill) {
  app::Profiles profiles(*services_);
  auto input = contacts();
  const auto saved = profiles.update(owner(), input, "127.0.0.1");
  EXPECT_EQ(saved.phone, "0987654321");
  const auto stored = read([&](app::Transaction& tx) { return tx.find_user(world_.owner_id); });
  EXPECT_EQ(stored->email, "moi@example.vn");
  EXPECT_EQ(stored->province_code, "H29");
  EXPECT_EQ(stored->commune_code, "H29.12.05");
  EXPECT_EQ(stored->address, "Số 5 đường Lê Lợi");
  EXPECT_EQ(stored->notify_channel, "email");
  EXPECT_EQ(stored->citizen_id, "001099012345");  // recorded before, kept
  EXPECT_EQ(stored->full_name, "Nguyễn Văn An");
}

TEST_F(AccountTest, ProfileUpdateNamesEveryBadFieldAndStoresNothing) {
  app::Profiles profiles(*services_);
  auto input = contacts();
  input.phone = "12345";
  input.email = "khong-phai-email";
  input.province_code = "H29";
  input.commune_code = "01.001";  // a ward of another province
  input.notify_channel = "fax";
  input.citizen_id = "001099099999";  // differs from the recorded one
  const auto fields = fields_of([&] { profiles.update(owner(), input, ""); });
  EXPECT_EQ(fields.at("phone"), "error.phone");
  EXPECT_EQ(fields.at("email"), "error.email");
  EXPECT_EQ(fields.at("commune_code"), "account.error.unknown_unit");
  EXPECT_EQ(fields.at("notify_channel"), "account.error.channel");
  EXPECT_EQ(fields.at("citizen_id"), "account.error.identity_fixed");
  const auto stored = read([&](app::Transaction& tx) { return tx.find_user(world_.owner_id); });
  EXPECT_EQ(stored->phone, "0912345678");
  EXPECT_EQ(stored->email, "an@example.vn");

  input = contacts();
  input.province_code = "H29.12.05";  // a ward is not a province
  EXPECT_EQ(fields_of([&] { profiles.update(owner(), input, ""); }).at("province_code"),
            "account.error.unknown_unit");
  input = contacts();
  input.commune_code.clear();
  EXPECT_EQ(fields_of([&] { profiles.update(owner(), input, ""); }).at("commune_code"),
            "account.error.commune_required");
  input = contacts();
  input.email.clear();
  EXPECT_EQ(fields_of([&] { profiles.update(owner(), input, ""); }).at("email"),
            "account.error.channel_needs_email");
  input = contacts();
  input.notify_channel = "sms";
  input.phone.clear();
  EXPECT_EQ(fields_of([&] { profiles.update(owner(), input, ""); }).at("phone"),
            "account.error.channel_needs_phone");
}

TEST_F(AccountTest, AnIdentityNumberIsTakenOnceWhenNoneIsRecorded) {
  auto business = sample_user("doanhnghiep", {core::Role::business});
  business.citizen_id.clear();
  const auto id = write([&](app::Transaction& tx) { return tx.insert_user(business); });
  business.id = id;
  app::Profiles profiles(*services_);
  auto input = contacts();
  input.tax_code = "01012345";
  EXPECT_EQ(fields_of([&] {
              profiles.update({business, {}}, input, "");
            }).at("tax_code"),
            "account.error.tax_code");
  input.tax_code = "0101234567-001";
  profiles.update({business, {}}, input, "");
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.find_user(id); })->tax_code,
            "0101234567-001");
  input.tax_code = "0101234567";
  EXPECT_EQ(fields_of([&] {
              profiles.update({business, {}}, input, "");
            }).at("tax_code"),
            "account.error.identity_fixed");
}

TEST_F(AccountTest, PasswordChangeNeedsTheCurrentOneAndEndsOtherSessions) {
  auto user = read([&](app::Transaction& tx) { return tx.find_user(world_.owner_id); });
  user->password_hash = crypto_.hash_password("Cu@2026mk");
  write([&](app::Transaction& tx) { tx.update_user(*user); });
  app::Accounts accounts(*services_);
  const auto first = accounts.login("congdan", "Cu@2026mk", "");
  const auto second = accounts.login("congdan", "Cu@2026mk", "");
  const auto me = *accounts.authenticate(first.token);

  EXPECT_EQ(fields_of([&] {
              accounts.change_password(me, "Sai@2026mk", "Moi@2026mk", "Moi@2026mk", "");
            }).at("current_password"),
            "account.error.wrong_password");
  EXPECT_EQ(fields_of([&] {
              accounts.change_password(me, "Cu@2026mk", "Moi@2026mk", "Khac@2026", "");
            }).at("confirm_password"),
            "account.error.password_mismatch");
  EXPECT_EQ(fields_of([&] {
              accounts.change_password(me, "Cu@2026mk", "ngan", "ngan", "");
            }).at("new_password"),
            "error.weak_password");
  EXPECT_TRUE(accounts.authenticate(second.token));  // failures change nothing

  const auto fresh = accounts.change_password(me, "Cu@2026mk", "Moi@2026mk", "Moi@2026mk", "");
  EXPECT_FALSE(accounts.authenticate(first.token));
  EXPECT_FALSE(accounts.authenticate(second.token));
  EXPECT_TRUE(accounts.authenticate(fresh.token));
  EXPECT_THROW(accounts.login("congdan", "Cu@2026mk", ""), app::AppError);
  EXPECT_NO_THROW(accounts.login("congdan", "Moi@2026mk", ""));
}

TEST_F(AccountTest, OwnDossiersUseCaseFiltersAndDiscardsOnlyOwnDrafts) {
  dossier_in(core::Status::supplement_requested, 1'760'000'100, "A-1");
  dossier_in(core::Status::payment_requested, 1'760'000'200, "A-2");
  dossier_in(core::Status::processing, 1'760'000'300, "A-3");
  const auto draft = insert(sample_dossier(world_));
  app::OwnDossiers own(*services_);

  const auto action = own.list(owner(), {"action", false, true, 1, 20, 0});
  EXPECT_EQ(action.dossiers.total, 2);
  EXPECT_EQ(action.action_needed, 2);
  const auto with_drafts = own.list(owner(), {"", false, true, 1, 20, 5});
  EXPECT_EQ(with_drafts.dossiers.total, 3);
  EXPECT_EQ(with_drafts.drafts.total, 1);
  EXPECT_EQ(own.list(owner(), {"4,5", false, true, 1, 20, 0}).dossiers.total, 2);
  EXPECT_EQ(own.list(owner(), {"", true, false, 1, 20, 0}).dossiers.total, 4);
  for (const auto* bad : {"11", "x", "4,", "-1", "action,4"}) {
    EXPECT_EQ(fields_of([&] {
                own.list(owner(), {bad, false, true, 1, 20, 0});
              }).count("status"),
              1u)
        << bad;
  }

  auto stranger = sample_user("nguoila");
  stranger.id = write([&](app::Transaction& tx) { return tx.insert_user(stranger); });
  try {
    own.delete_draft({stranger, {}}, draft, "");
    ADD_FAILURE() << "another applicant deleted the draft";
  } catch (const app::AppError& error) {
    EXPECT_EQ(error.kind(), app::ErrorKind::not_found);
  }
  const auto submitted =
      read([&](app::Transaction& tx) { return tx.find_dossier_by_code("A-3")->id; });
  try {
    own.delete_draft(owner(), submitted, "");
    ADD_FAILURE() << "a submitted dossier was deleted";
  } catch (const app::AppError& error) {
    EXPECT_EQ(error.kind(), app::ErrorKind::conflict);
  }
  own.delete_draft(owner(), draft, "");
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_dossier(draft); }));
}

}  // namespace
}  // namespace motcua::store::testing
