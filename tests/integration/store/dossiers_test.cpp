// Dossiers, their counters, events and files.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <thread>

#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"

namespace motcua::store::testing {
namespace {

class DossiersTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    world_ = write([](app::Transaction& tx) { return make_dossier_world(tx); });
  }
  long long insert(const core::Dossier& d) {
    return write([&](app::Transaction& tx) { return tx.insert_dossier(d); });
  }
  app::Page<core::Dossier> list(const app::DossierQuery& query) {
    return read([&](app::Transaction& tx) { return tx.list_dossiers(query); });
  }
  static std::vector<long long> ids(const app::Page<core::Dossier>& page) {
    std::vector<long long> out;
    for (const auto& d : page.items) out.push_back(d.id);
    return out;
  }

  static core::DossierEvent first_event(std::string hash) {
    core::DossierEvent e;
    e.seq = 1;
    e.at = at(1'760'000'001);
    e.actor = "congdan";
    e.action = "create";
    e.prev_hash = core::kGenesisHash;
    e.hash = std::move(hash);
    return e;
  }

  app::StoredFile sample_file(long long dossier) const {
    app::StoredFile file;
    file.dossier_id = dossier;
    file.component_id = "to-khai";
    file.sha256 = std::string(64, 'b');
    file.size = 12345;
    file.content_type = "application/pdf";
    file.original_name = "tờ khai.pdf";
    file.uploaded_by = world_.owner_id;
    file.created_at = at(1'760'000'000);
    return file;
  }

  DossierWorld world_;
};

TEST_F(DossiersTest, InsertUpdateFind) {
  const long long id = insert(sample_dossier(world_));
  auto draft = read([&](app::Transaction& tx) { return tx.find_dossier(id); });
  ASSERT_TRUE(draft);
  EXPECT_EQ(draft->id, id);
  EXPECT_TRUE(draft->code.empty());
  EXPECT_EQ(draft->lifecycle.status, core::Status::draft);
  EXPECT_EQ(draft->procedure_version_id, world_.version_id);
  EXPECT_EQ(draft->procedure_code, "1.001193");
  EXPECT_EQ(draft->procedure_name, "Đăng ký khai sinh");
  EXPECT_EQ(draft->owner_id, world_.owner_id);
  EXPECT_EQ(draft->applicant_name, "Nguyễn Văn An");
  EXPECT_EQ(draft->receiving_unit_id, world_.other_unit_id);
  EXPECT_EQ(draft->competent_unit_id, world_.unit_id);
  EXPECT_FALSE(draft->assignee_id);
  EXPECT_EQ(draft->channel, core::Channel::online);
  EXPECT_EQ(draft->form_json, R"({"ho_ten":"Nguyễn Văn Bình"})");
  EXPECT_FALSE(draft->submitted_at);
  EXPECT_FALSE(draft->clock.received_at);
  EXPECT_EQ(draft->created_at, at(1'760'000'000));
  // A draft has no code to be found by.
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_dossier_by_code(""); }));

  auto d = *draft;
  d.code = "H29.99-251009-0001";
  d.lifecycle = {core::Status::supplement_requested, core::Status::processing, true};
  d.clock = {at(1'760'001'000), at(1'760'500'000), at(1'760'002'000), 1234};
  d.assignee_id = world_.official_id;
  d.channel = core::Channel::post;
  d.submitted_at = at(1'760'000'500);
  d.returned_at = at(1'760'600'000);
  d.return_method = core::ReturnMethod::post;
  d.form_json = R"({"ho_ten":"Lê Văn C"})";
  d.updated_at = at(1'760'002'000);
  write([&](app::Transaction& tx) { tx.update_dossier(d); });

  const auto found =
      read([](app::Transaction& tx) { return tx.find_dossier_by_code("H29.99-251009-0001"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->lifecycle.status, core::Status::supplement_requested);
  EXPECT_EQ(found->lifecycle.resume_status, core::Status::processing);
  EXPECT_TRUE(found->lifecycle.apologized);
  EXPECT_EQ(found->clock.received_at, at(1'760'001'000));
  EXPECT_EQ(found->clock.due_at, at(1'760'500'000));
  EXPECT_EQ(found->clock.paused_at, at(1'760'002'000));
  EXPECT_EQ(found->clock.remaining_minutes, 1234);
  EXPECT_EQ(found->assignee_id, world_.official_id);
  EXPECT_EQ(found->channel, core::Channel::post);
  EXPECT_EQ(found->submitted_at, at(1'760'000'500));
  EXPECT_EQ(found->returned_at, at(1'760'600'000));
  EXPECT_EQ(found->return_method, core::ReturnMethod::post);
  EXPECT_EQ(found->form_json, R"({"ho_ten":"Lê Văn C"})");
  EXPECT_EQ(found->updated_at, at(1'760'002'000));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_dossier(99999); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_dossier_by_code("X-1"); }));
}

// A dossier comes with the steps last saved for it, by id or by code, and none once they are
// replaced by none.
TEST_F(DossiersTest, StepsComeWithTheDossier) {
  const auto& world = world_;
  const auto id = write([&](app::Transaction& tx) {
    return tx.insert_dossier(sample_dossier(world, "H29.12.05-251009-0001"));
  });
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.find_dossier(id); })->steps.empty());
  std::vector<core::DossierStep> steps(2);
  for (int i = 0; i < 2; ++i) {
    steps[i].definition = {
        i + 1, "Bước " + std::to_string(i + 1), "H29.12.05", core::Role::specialist,
        4,     core::BudgetUnit::working_hours, {}};
    steps[i].unit_id = world.unit_id;
  }
  write([&](app::Transaction& tx) { tx.save_steps(id, steps); });
  const auto routed = read([&](app::Transaction& tx) { return tx.find_dossier(id); });
  ASSERT_EQ(routed->steps.size(), 2U);
  EXPECT_EQ(routed->steps[1].definition.name, "Bước 2");
  EXPECT_EQ(read([](app::Transaction& tx) {
              return tx.find_dossier_by_code("H29.12.05-251009-0001");
            })->steps.size(),
            2U);
  write([&](app::Transaction& tx) { tx.save_steps(id, {}); });
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.find_dossier(id); })->steps.empty());
}

TEST_F(DossiersTest, CodesAreUniqueButDraftsHaveNone) {
  insert(sample_dossier(world_));
  insert(sample_dossier(world_));  // two drafts, no code: no conflict
  insert(sample_dossier(world_, "H29.99-251009-0001"));
  EXPECT_THROW(insert(sample_dossier(world_, "H29.99-251009-0001")), app::StoreConflict);
}

TEST_F(DossiersTest, ListFilters) {
  const long long draft = insert(sample_dossier(world_));
  auto submitted = sample_dossier(world_, "C-1");
  const long long a = insert(submitted);
  auto processing = sample_dossier(world_, "C-2");
  processing.lifecycle.status = core::Status::processing;
  processing.assignee_id = world_.official_id;
  processing.receiving_unit_id = world_.unit_id;
  const long long b = insert(processing);
  const long long someone_else = write([](app::Transaction& tx) {
    return tx.insert_user(sample_user("doanhnghiep", {core::Role::business}));
  });
  auto theirs = sample_dossier(world_, "C-3");
  theirs.owner_id = someone_else;
  theirs.receiving_unit_id = world_.unit_id;
  theirs.competent_unit_id = world_.unit_id;
  const long long c = insert(theirs);

  app::DossierQuery query;
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{c, b, a}));  // newest first, no drafts
  query.include_drafts = true;
  EXPECT_EQ(list(query).total, 4);

  query = {};
  query.owner_id = world_.owner_id;
  query.include_drafts = true;
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{b, a, draft}));
  query.include_drafts = false;
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{b, a}));

  query = {};
  query.unit_ids = {world_.other_unit_id};  // receiving unit of a only (b and c moved)
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{a}));
  query.unit_ids = {world_.unit_id};  // competent for all three, receiving for b and c
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{c, b, a}));
  query.unit_ids = {world_.unit_id, world_.other_unit_id};
  EXPECT_EQ(list(query).total, 3);

  query = {};
  query.statuses = {core::status_code(core::Status::processing)};
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{b}));
  query.statuses = {1, 4};
  EXPECT_EQ(list(query).total, 3);
  query.statuses = {0};  // drafts are excluded unless asked for
  EXPECT_EQ(list(query).total, 0);

  query = {};
  query.assignee_id = world_.official_id;
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{b}));

  query = {};
  query.owner_id = world_.owner_id;
  query.unit_ids = {world_.other_unit_id};
  query.statuses = {1};
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{a}));
}

TEST_F(DossiersTest, ListPaginates) {
  std::vector<long long> all;
  for (int i = 0; i < 7; ++i)
    all.push_back(insert(sample_dossier(world_, "P-" + std::to_string(i))));
  std::reverse(all.begin(), all.end());
  app::DossierQuery query;
  query.per_page = 3;
  query.page = 3;
  auto page = list(query);
  EXPECT_EQ(page.total, 7);
  EXPECT_EQ(ids(page), std::vector<long long>{all[6]});
  query.page = 2;
  EXPECT_EQ(ids(list(query)), (std::vector<long long>{all[3], all[4], all[5]}));
  query.page = 9;
  page = list(query);
  EXPECT_EQ(page.total, 7);
  EXPECT_TRUE(page.items.empty());
}

TEST_F(DossiersTest, CounterIsPerUnitAndDay) {
  write([&](app::Transaction& tx) {
    EXPECT_EQ(tx.next_dossier_number(world_.unit_id, 20251009), 1);
    EXPECT_EQ(tx.next_dossier_number(world_.unit_id, 20251009), 2);
    EXPECT_EQ(tx.next_dossier_number(world_.unit_id, 20251010), 1);
    EXPECT_EQ(tx.next_dossier_number(world_.other_unit_id, 20251009), 1);
  });
  // A number taken by a submission that then fails: SQLite, with its one writer, gives it again;
  // PostgreSQL takes numbers outside the submission's transaction (PgNumbers), so the next
  // submission is not held back by this one's commit, and leaves it unused.
  EXPECT_THROW(store_->write([&](app::Transaction& tx) {
    EXPECT_EQ(tx.next_dossier_number(world_.unit_id, 20251009), 3);
    throw std::runtime_error("submission failed");
  }),
               std::runtime_error);
  EXPECT_EQ(
      write([&](app::Transaction& tx) { return tx.next_dossier_number(world_.unit_id, 20251009); }),
      store_->kind() == "postgresql" ? 4 : 3);
}

TEST_F(DossiersTest, CounterIsUniqueAndConsecutiveUnderConcurrency) {
  constexpr int kThreads = 8;
  constexpr int kEach = 50;
  std::mutex mutex;
  std::vector<long long> numbers;
  std::vector<std::string> errors;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        try {
          long long number = 0;
          store_->write([&](app::Transaction& tx) {
            number = tx.next_dossier_number(world_.unit_id, 20251009);
          });
          std::lock_guard lock(mutex);
          numbers.push_back(number);
        } catch (const std::exception& e) {
          std::lock_guard lock(mutex);
          errors.push_back(e.what());
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_TRUE(errors.empty()) << errors.size() << " failed, first: " << errors.front();
  std::sort(numbers.begin(), numbers.end());
  std::vector<long long> expected(kThreads * kEach);
  std::iota(expected.begin(), expected.end(), 1);
  EXPECT_EQ(numbers, expected);
}

TEST_F(DossiersTest, EventsAppendInOrder) {
  const long long id = insert(sample_dossier(world_));
  const long long other = insert(sample_dossier(world_));
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.last_event(id); }));
  std::vector<core::DossierEvent> events;
  for (int seq = 1; seq <= 3; ++seq) {
    core::DossierEvent e;
    e.seq = seq;
    e.at = at(1'760'000'000 + seq);
    e.actor = "congdan";
    e.action = seq == 1 ? "create" : "submit";
    e.from = seq == 1 ? core::Status::draft : core::Status::draft;
    e.to = seq == 3 ? core::Status::submitted : core::Status::draft;
    e.comment = "bình luận " + std::to_string(seq);
    e.payload = R"({"n":)" + std::to_string(seq) + "}";
    e.prev_hash = seq == 1 ? core::kGenesisHash : events.back().hash;
    e.hash = std::string(63, 'a') + std::to_string(seq);
    events.push_back(e);
  }
  write([&](app::Transaction& tx) {
    for (const auto& e : events) tx.append_event(id, e);
  });
  const auto listed = read([&](app::Transaction& tx) { return tx.list_events(id); });
  ASSERT_EQ(listed.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(listed[i].seq, events[i].seq);
    EXPECT_EQ(listed[i].at, events[i].at);
    EXPECT_EQ(listed[i].actor, events[i].actor);
    EXPECT_EQ(listed[i].action, events[i].action);
    EXPECT_EQ(listed[i].from, events[i].from);
    EXPECT_EQ(listed[i].to, events[i].to);
    EXPECT_EQ(listed[i].comment, events[i].comment);
    EXPECT_EQ(listed[i].payload, events[i].payload);
    EXPECT_EQ(listed[i].prev_hash, events[i].prev_hash);
    EXPECT_EQ(listed[i].hash, events[i].hash);
  }
  const auto last = read([&](app::Transaction& tx) { return tx.last_event(id); });
  ASSERT_TRUE(last);
  EXPECT_EQ(last->seq, 3);
  EXPECT_EQ(last->to, core::Status::submitted);
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.list_events(other); }).empty());
  EXPECT_EQ(read([](app::Transaction& tx) { return tx.list_dossier_ids_with_events(); }),
            std::vector<long long>{id});
  // Two writers appending the same sequence number: the second loses.
  EXPECT_THROW(store_->write([&](app::Transaction& tx) { tx.append_event(id, events[2]); }),
               app::StoreConflict);
}

// A transaction knows what it wrote of a dossier: the last event it appended, none for a dossier
// it inserted, and a row it wrote is written again only when it changed.
TEST_F(DossiersTest, WithinOneTransactionTheLastEventAndRowAreTheOnesItWrote) {
  const auto seen = write([&](app::Transaction& tx) {
    auto d = sample_dossier(world_);
    d.id = tx.insert_dossier(d);
    const bool none_at_first = !tx.last_event(d.id);
    tx.append_event(d.id, first_event(std::string(64, 'b')));
    tx.update_dossier(d);  // unchanged
    d.applicant_name = "Trần Thị Bình";
    tx.update_dossier(d);
    d.applicant_name = "Nguyễn Văn An";
    tx.update_dossier(d);  // back to the row as inserted: it must still be written
    return std::make_tuple(d.id, none_at_first, tx.last_event(d.id)->hash);
  });
  EXPECT_TRUE(std::get<1>(seen));
  EXPECT_EQ(std::get<2>(seen), std::string(64, 'b'));
  const auto id = std::get<0>(seen);
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.find_dossier(id)->applicant_name; }),
            "Nguyễn Văn An");
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.last_event(id)->seq; }), 1);
}

// A write that loads a dossier by its id may read its files, signature and last event ahead
// (PostgreSQL does): what the same transaction then changes of them is what it reads back, and
// the next transaction reads what was committed.
TEST_F(DossiersTest, AWriteReadsBackTheFilesSignatureAndEventItChangedAfterLoadingTheDossier) {
  const long long id = insert(sample_dossier(world_));
  const auto file = sample_file(id);
  const auto first = write([&](app::Transaction& tx) { return tx.insert_file(file); });
  write([&](app::Transaction& tx) {
    ASSERT_TRUE(tx.find_dossier(id));
    EXPECT_EQ(tx.list_files(id).size(), 1U);
    EXPECT_FALSE(tx.find_declaration_signature(id));
    EXPECT_FALSE(tx.last_event(id));
    const auto second = tx.insert_file(file);
    ASSERT_EQ(tx.list_files(id).size(), 2U);
    EXPECT_EQ(tx.list_files(id)[1].id, second);
    tx.delete_file(first);
    ASSERT_EQ(tx.list_files(id).size(), 1U);
    EXPECT_EQ(tx.list_files(id)[0].id, second);
    app::DeclarationSignature signature;
    signature.dossier_id = id;
    signature.sha256 = std::string(64, 'd');
    signature.signature = {"chữ ký", "chứng thư", "2026-12-06T10:00:00Z"};
    signature.signer_name = "Nguyễn Văn An";
    signature.signed_at = at(1'760'000'100);
    tx.put_declaration_signature(signature);
    ASSERT_TRUE(tx.find_declaration_signature(id));
    EXPECT_EQ(tx.find_declaration_signature(id)->sha256, std::string(64, 'd'));
    tx.append_event(id, first_event(std::string(64, 'e')));
    EXPECT_EQ(tx.last_event(id)->hash, std::string(64, 'e'));
  });
  write([&](app::Transaction& tx) {
    ASSERT_TRUE(tx.find_dossier(id));
    ASSERT_EQ(tx.list_files(id).size(), 1U);
    EXPECT_NE(tx.list_files(id)[0].id, first);
    ASSERT_TRUE(tx.find_declaration_signature(id));
    EXPECT_EQ(tx.find_declaration_signature(id)->signer_name, "Nguyễn Văn An");
    ASSERT_TRUE(tx.last_event(id));
    EXPECT_EQ(tx.last_event(id)->hash, std::string(64, 'e'));
  });
}

TEST_F(DossiersTest, Files) {
  const long long dossier = insert(sample_dossier(world_));
  auto file = sample_file(dossier);
  const long long first = write([&](app::Transaction& tx) { return tx.insert_file(file); });
  file.purpose = "supplement";
  file.component_id = "giay-chung-sinh";
  const long long second = write([&](app::Transaction& tx) { return tx.insert_file(file); });

  const auto files = read([&](app::Transaction& tx) { return tx.list_files(dossier); });
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].id, first);
  EXPECT_EQ(files[0].purpose, "component");
  EXPECT_EQ(files[0].component_id, "to-khai");
  EXPECT_EQ(files[1].purpose, "supplement");
  const auto found = read([&](app::Transaction& tx) { return tx.find_file(second); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->dossier_id, dossier);
  EXPECT_EQ(found->sha256, file.sha256);
  EXPECT_EQ(found->size, 12345);
  EXPECT_EQ(found->content_type, "application/pdf");
  EXPECT_EQ(found->original_name, "tờ khai.pdf");
  EXPECT_EQ(found->uploaded_by, world_.owner_id);
  EXPECT_EQ(found->created_at, at(1'760'000'000));

  write([&](app::Transaction& tx) { tx.delete_file(first); });
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_file(first); }));
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.list_files(dossier); }).size(), 1u);
}

TEST_F(DossiersTest, LookupReadsTheProgressAndTheUnitsNamesInOneGo) {
  auto dossier = sample_dossier(world_);
  dossier.code = "H29.99-251009-0042";
  dossier.lifecycle.status = core::Status::received;
  dossier.clock.received_at = at(1'760'001'000);
  dossier.clock.due_at = at(1'760'500'000);
  insert(dossier);
  const auto found =
      read([](app::Transaction& tx) { return tx.find_lookup("H29.99-251009-0042"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->code, "H29.99-251009-0042");
  EXPECT_EQ(found->procedure_code, "1.001193");
  EXPECT_EQ(found->procedure_name, "Đăng ký khai sinh");
  EXPECT_EQ(found->status, core::Status::received);
  EXPECT_EQ(found->received_at, at(1'760'001'000));
  EXPECT_EQ(found->due_at, at(1'760'500'000));
  EXPECT_FALSE(found->returned_at);
  EXPECT_EQ(found->receiving_unit_name, "Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(found->competent_unit_name, "UBND xã Tân Lập");
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_lookup("H29.99-251009-0043"); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_lookup(""); }));
}

TEST_F(DossiersTest, TheLookupsProgressCarriesEachStatusChangeInOrderAndThePause) {
  auto dossier = sample_dossier(world_);
  dossier.code = "H29.99-251009-0044";
  dossier.lifecycle.status = core::Status::supplement_requested;
  dossier.clock.due_at = at(1'760'500'000);
  dossier.clock.paused_at = at(1'760'003'000);
  const auto id = insert(dossier);
  const auto progress_of = [&] {
    return read([](app::Transaction& tx) { return tx.find_lookup_progress("H29.99-251009-0044"); });
  };
  auto found = progress_of();
  ASSERT_TRUE(found);
  EXPECT_TRUE(found->changes.empty()) << "a dossier without events still has its row";
  EXPECT_EQ(found->lookup.competent_unit_name, "UBND xã Tân Lập");
  EXPECT_EQ(found->paused_at, at(1'760'003'000));

  const core::Status statuses[] = {core::Status::submitted, core::Status::received,
                                   core::Status::supplement_requested};
  write([&](app::Transaction& tx) {
    std::string previous(core::kGenesisHash);
    for (int seq = 1; seq <= 3; ++seq) {
      core::DossierEvent e;
      e.seq = seq;
      e.at = at(1'760'000'000 + seq * 1000);
      e.actor = "tiepnhan";
      e.action = "step";
      e.to = statuses[seq - 1];
      e.prev_hash = previous;
      e.hash = std::string(63, 'c') + std::to_string(seq);
      previous = e.hash;
      tx.append_event(id, e);
    }
  });
  found = progress_of();
  ASSERT_TRUE(found);
  ASSERT_EQ(found->changes.size(), 3U);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(found->changes[i].first, statuses[i]);
    EXPECT_EQ(found->changes[i].second, at(1'760'000'000 + (i + 1) * 1000));
  }
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_lookup_progress("H29.99-0"); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_lookup_progress(""); }));
}

// A read keeps one snapshot for all its statements; a glance lets each statement see what was
// committed since (on PostgreSQL; SQLite's glance is a read).
TEST_F(DossiersTest, AGlanceSeesWhatWasCommittedBetweenItsStatementsAReadDoesNot) {
  auto dossier = sample_dossier(world_);
  dossier.code = "H29.99-251009-0050";
  dossier.id = insert(dossier);
  const auto other = db_->open();
  const auto status_seen = [&](auto run_read) {
    std::optional<core::Status> second;
    run_read([&](app::Transaction& tx) {
      ASSERT_TRUE(tx.find_lookup(dossier.code));
      other->write([&](app::Transaction& writer) {
        auto changed = *writer.find_dossier(dossier.id);
        changed.lifecycle.status = core::Status::received;
        writer.update_dossier(changed);
      });
      second = tx.find_lookup(dossier.code)->status;
    });
    write([&](app::Transaction& tx) { tx.update_dossier(dossier); });  // back to a draft
    return *second;
  };
  EXPECT_EQ(status_seen([&](const auto& work) { store_->read(work); }), core::Status::draft);
  EXPECT_EQ(status_seen([&](const auto& work) { store_->glance(work); }),
            db_->is_postgresql() ? core::Status::received : core::Status::draft);
}

// On PostgreSQL, lookups glanced at once share statements (CombinedReads): each caller must still
// get its own dossier, its own events, and nothing for a code that does not exist.
TEST_F(DossiersTest, LookupsAskedAtOnceEachFindTheirOwnDossier) {
  constexpr int kDossiers = 24;
  for (int i = 0; i < kDossiers; ++i) {
    auto dossier = sample_dossier(world_);
    dossier.code = "H29.99-251009-1" + std::to_string(100 + i);
    dossier.clock.due_at = at(1'760'000'000 + i);
    insert(dossier);
  }
  std::atomic<int> wrong{0};
  std::vector<std::thread> callers;
  for (int t = 0; t < 8; ++t) {
    callers.emplace_back([&, t] {
      for (int n = 0; n < 30; ++n) {
        const int i = (t * 7 + n) % (kDossiers + 1);  // kDossiers: a code nobody holds
        const auto code = "H29.99-251009-1" + std::to_string(100 + i);
        store_->glance([&](app::Transaction& tx) {
          const auto lookup = tx.find_lookup(code);
          const auto progress = tx.find_lookup_progress(code);
          const bool exists = i < kDossiers;
          if (lookup.has_value() != exists || progress.has_value() != exists) ++wrong;
          if (exists && (lookup->code != code || progress->lookup.code != code ||
                         lookup->due_at != at(1'760'000'000 + i)))
            ++wrong;
        });
      }
    });
  }
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(wrong.load(), 0);
}

// The combined lookups' connections, lost to a database restart while idle, are replaced: the
// first lookup after it finds its dossier as the one before did.
TEST_F(DossiersTest, LookupsCarryOnAfterTheDatabaseRestarts) {
  auto dossier = sample_dossier(world_);
  dossier.code = "H29.99-251009-1099";
  insert(dossier);
  const auto find = [&] {
    bool found = false;
    store_->glance([&](app::Transaction& tx) {
      found = tx.find_lookup(dossier.code).has_value() &&
              tx.find_lookup_progress(dossier.code).has_value();
    });
    return found;
  };
  ASSERT_TRUE(find());
  db_->end_sessions();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_TRUE(find());
}

}  // namespace
}  // namespace motcua::store::testing
