// DossierUploads over a real store (both SQLite and PostgreSQL) and a real disk file store: types
// by magic bytes, per-file and per-dossier limits from the versioned settings, replace and delete,
// files frozen after filing, thumbnails recorded once per image.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "app/dossier_uploads.hpp"
#include "app/errors.hpp"
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"
#include "store/open_store.hpp"

namespace motcua::store::testing {
namespace {

class FixedClock final : public app::Clock {
 public:
  core::Instant now() const override { return at(1'770'000'000); }
};

class NoCrypto final : public app::Crypto {
 public:
  std::string hash_password(std::string_view) const override { return ""; }
  bool verify_password(std::string_view, const std::string&) const override { return false; }
  std::string random_token() const override { return "t"; }
};

// Counts its calls and answers a fixed PNG-looking blob for images only.
class CountingThumbnailer final : public app::Thumbnailer {
 public:
  std::optional<std::string> thumbnail(std::string_view bytes, int max_side) const override {
    ++calls;
    if (bytes.substr(0, 4) == "%PDF") return std::nullopt;
    return "\x89PNG\r\n\x1A\n thumbnail " + std::to_string(max_side);
  }
  mutable int calls = 0;
};

const std::string kPdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "pretend image data";

class UploadsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    dir_ = std::filesystem::temp_directory_path() /
           ("motcua-uploads-" + std::to_string(std::random_device{}()));
    files_ = open_file_store(dir_.string());
    services_ = std::make_unique<app::Services>(
        app::Services{*store_, *files_, clock_, crypto_, {}, nullptr, &thumbnailer_});
    services_->policy.max_file_bytes = 1000;
    services_->policy.max_dossier_bytes = 3000;
    write([&](app::Transaction& tx) {
      world_ = make_dossier_world(tx);
      auto procedure = sample_procedure("1.001193", "Đăng ký khai sinh");
      procedure.components = {{"to-khai", "Tờ khai", true, 1, 0, ""},
                              {"giay-chung-sinh", "Giấy chứng sinh", false, 1, 0, ""}};
      world_.version_id = tx.save_procedure(procedure);
      auto dossier = sample_dossier(world_);
      draft_id_ = tx.insert_dossier(dossier);
      auto owner = tx.find_user(world_.owner_id);
      owner_.user = *owner;
      other_.user = sample_user("nguoikhac");
      other_.user.id = tx.insert_user(other_.user);
    });
  }
  void TearDown() override {
    StoreTest::TearDown();
    std::filesystem::remove_all(dir_);
  }

  app::DossierUploads uploads() { return app::DossierUploads(*services_); }

  std::filesystem::path dir_;
  std::unique_ptr<app::FileStore> files_;
  FixedClock clock_;
  NoCrypto crypto_;
  CountingThumbnailer thumbnailer_;
  std::unique_ptr<app::Services> services_;
  DossierWorld world_;
  long long draft_id_ = 0;
  app::Principal owner_;
  app::Principal other_;
};

app::AppError error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const app::AppError& error) {
    return error;
  }
  ADD_FAILURE() << "no error";
  return app::AppError(app::ErrorKind::unavailable, "none", "none");
}

TEST_F(UploadsTest, StoresSeveralFilesOfOneComponentWithTheSniffedType) {
  const auto first = uploads().add(owner_, draft_id_, {"to-khai", "to khai.pdf", kPdf});
  const auto second = uploads().add(owner_, draft_id_, {"to-khai", "anh.pdf", kPng});
  EXPECT_EQ(first.content_type, "application/pdf");
  EXPECT_EQ(second.content_type, "image/png");  // the bytes decide, not the name
  const auto files = read([&](app::Transaction& tx) { return tx.list_files(draft_id_); });
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files_->get(first.sha256).value(), kPdf);
}

TEST_F(UploadsTest, RefusesAnEmptyFileAndAnUnknownTypeNamingTheFile) {
  auto empty = error_of([&] { uploads().add(owner_, draft_id_, {"to-khai", "rong.pdf", ""}); });
  EXPECT_EQ(empty.kind(), app::ErrorKind::invalid_input);
  EXPECT_EQ(empty.message_key(), "uploads.error.empty");
  EXPECT_EQ(empty.params.at("name"), "rong.pdf");
  auto type = error_of([&] {
    uploads().add(owner_, draft_id_, {"to-khai", "virus.pdf", "MZ\x90"});
  });
  EXPECT_EQ(type.kind(), app::ErrorKind::invalid_input);
  EXPECT_EQ(type.fields().at("file"), "uploads.error.type_short");
  EXPECT_TRUE(read([&](app::Transaction& tx) { return tx.list_files(draft_id_); }).empty());
}

TEST_F(UploadsTest, PerFileLimitComesFromTheSettingInForce) {
  const std::string big(900, 'x');
  const auto pdf = "%PDF-" + big;
  EXPECT_NO_THROW(uploads().add(owner_, draft_id_, {"to-khai", "a.pdf", pdf}));
  write([&](app::Transaction& tx) {
    tx.put_setting("uploads.max_file_bytes", at(1'760'000'000), "800");
  });
  EXPECT_EQ(uploads().limits().max_file_bytes, 800);
  auto error = error_of([&] { uploads().add(owner_, draft_id_, {"to-khai", "b.pdf", pdf}); });
  EXPECT_EQ(error.kind(), app::ErrorKind::too_large);
  EXPECT_EQ(error.code(), "file_too_large");
  EXPECT_EQ(error.params.at("name"), "b.pdf");
  EXPECT_EQ(error.params.at("size"), "905 B");
  EXPECT_EQ(error.params.at("limit"), "800 B");
}

TEST_F(UploadsTest, PerDossierLimitCountsEveryFileAndKeepsTheOthers) {
  const auto pdf = "%PDF-" + std::string(990, 'x');
  uploads().add(owner_, draft_id_, {"to-khai", "1.pdf", pdf});
  uploads().add(owner_, draft_id_, {"to-khai", "2.pdf", pdf + "2"});
  uploads().add(owner_, draft_id_, {"giay-chung-sinh", "3.pdf", pdf + "3"});
  auto error = error_of([&] { uploads().add(owner_, draft_id_, {"to-khai", "4.pdf", pdf + "4"}); });
  EXPECT_EQ(error.kind(), app::ErrorKind::too_large);
  EXPECT_EQ(error.code(), "dossier_too_large");
  EXPECT_EQ(error.params.at("limit"), "2.9 KB");
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.list_files(draft_id_); }).size(), 3u);
}

TEST_F(UploadsTest, ReplaceKeepsTheComponentAndFreesTheOldSize) {
  const auto pdf = "%PDF-" + std::string(990, 'x');
  const auto a = uploads().add(owner_, draft_id_, {"to-khai", "1.pdf", pdf});
  uploads().add(owner_, draft_id_, {"to-khai", "2.pdf", pdf + "2"});
  uploads().add(owner_, draft_id_, {"to-khai", "3.pdf", pdf + "3"});
  // The dossier is full, yet a file of the same size may take an old one's place.
  const auto b = uploads().replace(owner_, draft_id_, a.id, {"ignored", "moi.pdf", pdf + "new"});
  EXPECT_EQ(b.component_id, "to-khai");
  const auto files = read([&](app::Transaction& tx) { return tx.list_files(draft_id_); });
  ASSERT_EQ(files.size(), 3u);
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_file(a.id).has_value(); }));
}

TEST_F(UploadsTest, OnlyTheOwnerChangesFilesAndOnlyWhileADraft) {
  const auto file = uploads().add(owner_, draft_id_, {"to-khai", "1.pdf", kPdf});
  EXPECT_EQ(error_of([&] {
              uploads().add(other_, draft_id_, {"to-khai", "x.pdf", kPdf});
            }).kind(),
            app::ErrorKind::not_found);
  EXPECT_EQ(error_of([&] { uploads().remove(other_, draft_id_, file.id); }).kind(),
            app::ErrorKind::not_found);
  EXPECT_EQ(error_of([&] {
              uploads().add(owner_, draft_id_, {"khong-co", "x.pdf", kPdf});
            }).kind(),
            app::ErrorKind::invalid_input);
  write([&](app::Transaction& tx) {
    auto dossier = *tx.find_dossier(draft_id_);
    dossier.code = "H29.99-260202-0001";
    dossier.lifecycle.status = core::Status::submitted;
    tx.update_dossier(dossier);
  });
  EXPECT_EQ(error_of([&] {
              uploads().add(owner_, draft_id_, {"to-khai", "x.pdf", kPdf});
            }).kind(),
            app::ErrorKind::conflict);
  EXPECT_EQ(error_of([&] { uploads().remove(owner_, draft_id_, file.id); }).kind(),
            app::ErrorKind::conflict);
  EXPECT_EQ(error_of([&] {
              uploads().replace(owner_, draft_id_, file.id, {"to-khai", "x.pdf", kPdf});
            }).kind(),
            app::ErrorKind::conflict);
}

TEST_F(UploadsTest, ThumbnailsAreMadeForImagesOnlyAndShownOnlyToWhoMaySeeTheDossier) {
  const auto image = uploads().add(owner_, draft_id_, {"to-khai", "anh.png", kPng});
  const auto pdf = uploads().add(owner_, draft_id_, {"to-khai", "a.pdf", kPdf});
  EXPECT_EQ(thumbnailer_.calls, 1);  // not for the PDF
  const auto recorded = read([&](app::Transaction& tx) { return tx.find_thumbnail(image.sha256); });
  ASSERT_TRUE(recorded.has_value());
  const auto png = uploads().thumbnail(owner_.user, image.id);
  ASSERT_TRUE(png.has_value());
  EXPECT_EQ(*png, files_->get(*recorded).value());
  EXPECT_EQ(thumbnailer_.calls, 1);  // served from the store, not drawn again
  EXPECT_FALSE(uploads().thumbnail(owner_.user, pdf.id).has_value());
  EXPECT_EQ(error_of([&] { uploads().thumbnail(other_.user, image.id); }).kind(),
            app::ErrorKind::not_found);
}

TEST_F(UploadsTest, AMissingThumbnailIsDrawnOnFirstView) {
  services_->thumbnailer = nullptr;
  const auto image = uploads().add(owner_, draft_id_, {"to-khai", "anh.png", kPng});
  EXPECT_FALSE(
      read([&](app::Transaction& tx) { return tx.find_thumbnail(image.sha256).has_value(); }));
  services_->thumbnailer = &thumbnailer_;
  EXPECT_TRUE(uploads().thumbnail(owner_.user, image.id).has_value());
  EXPECT_TRUE(
      read([&](app::Transaction& tx) { return tx.find_thumbnail(image.sha256).has_value(); }));
}

TEST_F(UploadsTest, ThumbnailMappingIsIdempotent) {
  write([&](app::Transaction& tx) { tx.put_thumbnail("aa", "bb"); });
  write([&](app::Transaction& tx) { tx.put_thumbnail("aa", "cc"); });
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.find_thumbnail("aa"); }).value(), "cc");
  EXPECT_FALSE(read([&](app::Transaction& tx) { return tx.find_thumbnail("zz"); }).has_value());
}

}  // namespace
}  // namespace motcua::store::testing

namespace motcua::store::testing {
namespace {

class AccountQuotaTest : public UploadsTest {
 protected:
  long long second_draft() {
    return write([&](app::Transaction& tx) { return tx.insert_dossier(sample_dossier(world_)); });
  }
  void file(long long dossier_id) {
    write([&](app::Transaction& tx) {
      auto dossier = *tx.find_dossier(dossier_id);
      dossier.code = "H29.99-260202-0002";
      dossier.lifecycle.status = core::Status::submitted;
      tx.update_dossier(dossier);
    });
  }
};

TEST_F(AccountQuotaTest, CountsTheOpenDraftsOfOneOwnerAndTheBytesOfTheirFiles) {
  const auto pdf = "%PDF-" + std::string(95, 'x');
  uploads().add(owner_, draft_id_, {"to-khai", "1.pdf", pdf});
  const auto other = second_draft();
  uploads().add(owner_, other, {"to-khai", "2.pdf", pdf + "2"});
  auto usage = write([&](app::Transaction& tx) { return tx.lock_draft_usage(world_.owner_id); });
  EXPECT_EQ(usage.drafts, 2);
  EXPECT_EQ(usage.file_bytes, 201);
  file(other);
  usage = write([&](app::Transaction& tx) { return tx.lock_draft_usage(world_.owner_id); });
  EXPECT_EQ(usage.drafts, 1);
  EXPECT_EQ(usage.file_bytes, 100);
  usage = write([&](app::Transaction& tx) { return tx.lock_draft_usage(other_.user.id); });
  EXPECT_EQ(usage.drafts, 0);
  EXPECT_EQ(usage.file_bytes, 0);
}

// The files of all an account's drafts count together; each draft alone is under its own limit.
TEST_F(AccountQuotaTest, BytesOverTheAccountQuotaAre409AndKeepTheDraft) {
  services_->policy.max_bytes_per_account = 2500;
  const auto pdf = "%PDF-" + std::string(990, 'x');
  uploads().add(owner_, draft_id_, {"to-khai", "1.pdf", pdf});
  const auto other = second_draft();
  uploads().add(owner_, other, {"to-khai", "2.pdf", pdf + "2"});
  auto error = error_of([&] { uploads().add(owner_, other, {"to-khai", "3.pdf", pdf + "3"}); });
  EXPECT_EQ(error.kind(), app::ErrorKind::conflict);
  EXPECT_EQ(error.code(), "quota_exceeded");
  EXPECT_EQ(error.message_key(), "uploads.error.account_quota");
  EXPECT_EQ(error.params.at("limit"), "2.4 KB");
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.list_files(other); }).size(), 1u);
  // Once a draft is filed its files no longer count against the account.
  file(draft_id_);
  EXPECT_NO_THROW(uploads().add(owner_, other, {"to-khai", "3.pdf", pdf + "3"}));
}

TEST_F(AccountQuotaTest, ZeroMeansNoAccountQuota) {
  services_->policy.max_bytes_per_account = 0;
  services_->policy.max_file_bytes = 100000;
  services_->policy.max_dossier_bytes = 100000;
  EXPECT_NO_THROW(
      uploads().add(owner_, draft_id_, {"to-khai", "1.pdf", "%PDF-" + std::string(5000, 'x')}));
}

}  // namespace
}  // namespace motcua::store::testing
