// The procedure catalog: versions, sectors and the diacritic-insensitive search.
#include "app/procedure_json.hpp"
#include "core/sha256.hpp"
#include "integration/store/samples.hpp"
#include "integration/store/store_fixture.hpp"
#include "store/sql/parsed_versions.hpp"

namespace motcua::store::testing {
namespace {

using CatalogTest = StoreTest;

core::Procedure full_procedure() {
  auto p = sample_procedure("1.001193", "Đăng ký khai sinh");
  p.steps = {"Nộp hồ sơ", "Nhận kết quả"};
  p.channels = {"Trực tuyến", "Trực tiếp"};
  p.components = {{"to-khai", "Tờ khai đăng ký khai sinh", true, 1, 0, ""},
                  {"giay-chung-sinh", "Giấy chứng sinh", true, 1, 0, "bản chính"}};
  p.fees = {{"Lệ phí", 0, "miễn"}};
  p.applicants = "Công dân Việt Nam";
  p.result = "Giấy khai sinh";
  p.legal_basis = "Luật Hộ tịch 2014";
  p.conditions = "";
  core::FormField name;
  name.name = "ho_ten";
  name.label = "Họ và tên";
  name.required = true;
  p.form = {name};
  return p;
}

TEST(ParsedVersions, AKeptVersionIsServedOnlyWhileItsContentHashIsTheSame) {
  sql::ParsedVersions versions(2);
  const auto text = [](const char* name) {
    return app::procedure_to_json(sample_procedure("1.000001", name)).dump();
  };
  const auto hash = [&](const char* name) { return core::sha256_hex(text(name)); };
  EXPECT_FALSE(versions.find(7, hash("Thủ tục A")));
  EXPECT_EQ(versions.get(7, hash("Thủ tục A"), text("Thủ tục A")).name, "Thủ tục A");
  ASSERT_TRUE(versions.find(7, hash("Thủ tục A")));
  EXPECT_EQ(versions.find(7, hash("Thủ tục A"))->version_id, 7);
  // Another database in the same process, or a restored one: the same id, another text.
  EXPECT_FALSE(versions.find(7, hash("Thủ tục B")));
  EXPECT_EQ(versions.get(7, hash("Thủ tục B"), text("Thủ tục B")).name, "Thủ tục B");
  EXPECT_EQ(versions.get(8, hash("Thủ tục C"), text("Thủ tục C")).name, "Thủ tục C");
  EXPECT_EQ(versions.get(9, hash("Thủ tục D"), text("Thủ tục D")).name, "Thủ tục D");
  EXPECT_EQ(versions.get(7, hash("Thủ tục B"), text("Thủ tục B")).name, "Thủ tục B");
}

// Reading a version by its id or code fetches its JSON once per process, not on every read.
TEST_F(CatalogTest, AVersionReadAgainIsTheSameProcedure) {
  const auto procedure = full_procedure();
  const long long v1 = write([&](app::Transaction& tx) { return tx.save_procedure(procedure); });
  const auto first = read([&](app::Transaction& tx) { return tx.find_procedure_version(v1); });
  const auto again = read([&](app::Transaction& tx) { return tx.find_procedure_version(v1); });
  const auto by_code = read([](app::Transaction& tx) { return tx.find_procedure("1.001193"); });
  ASSERT_TRUE(first && again && by_code);
  EXPECT_EQ(app::procedure_to_json(*first), app::procedure_to_json(*again));
  EXPECT_EQ(app::procedure_to_json(*first), app::procedure_to_json(*by_code));
  EXPECT_EQ(by_code->version_id, v1);
}

TEST_F(CatalogTest, SavingCreatesAVersionOnlyWhenTheContentChanges) {
  const auto procedure = full_procedure();
  const long long v1 = write([&](app::Transaction& tx) { return tx.save_procedure(procedure); });
  EXPECT_GT(v1, 0);
  EXPECT_EQ(write([&](app::Transaction& tx) { return tx.save_procedure(procedure); }), v1);

  auto found = read([](app::Transaction& tx) { return tx.find_procedure("1.001193"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->version_id, v1);
  EXPECT_EQ(found->name, "Đăng ký khai sinh");
  EXPECT_EQ(found->sector_name, "Hộ tịch");
  EXPECT_EQ(found->agency_code, "H29.12.05");
  EXPECT_EQ(found->level, core::ServiceLevel::toan_trinh);
  EXPECT_EQ(found->duration_working_days, 3);
  ASSERT_EQ(found->components.size(), 2u);
  EXPECT_EQ(found->components[1].id, "giay-chung-sinh");
  EXPECT_EQ(found->components[1].note, "bản chính");
  ASSERT_EQ(found->form.size(), 1u);
  EXPECT_EQ(found->form[0].label, "Họ và tên");
  EXPECT_EQ(found->steps, procedure.steps);
  EXPECT_EQ(found->legal_basis, "Luật Hộ tịch 2014");
  EXPECT_EQ(found->effective_from, procedure.effective_from);

  auto changed = procedure;
  changed.duration_working_days = 1;
  changed.name = "Đăng ký khai sinh (liên thông)";
  const long long v2 = write([&](app::Transaction& tx) { return tx.save_procedure(changed); });
  EXPECT_NE(v2, v1);
  found = read([](app::Transaction& tx) { return tx.find_procedure("1.001193"); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->version_id, v2);
  EXPECT_EQ(found->duration_working_days, 1);

  // A dossier received under the old version still reads it.
  const auto old = read([&](app::Transaction& tx) { return tx.find_procedure_version(v1); });
  ASSERT_TRUE(old);
  EXPECT_EQ(old->version_id, v1);
  EXPECT_EQ(old->name, "Đăng ký khai sinh");
  EXPECT_EQ(old->duration_working_days, 3);
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_procedure_version(987654); }));
  EXPECT_FALSE(read([](app::Transaction& tx) { return tx.find_procedure("9.999999"); }));

  // Search sees the current version only.
  app::ProcedureQuery query;
  query.text = "lien thong";
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.search_procedures(query).total; }), 1);
  query.text = "khai sinh";
  EXPECT_EQ(read([&](app::Transaction& tx) { return tx.search_procedures(query).total; }), 1);
}

// Six procedures across sectors, agencies, levels and audiences.
class SearchTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    write([](app::Transaction& tx) {
      auto add = [&](const char* code, const char* name, const char* sector,
                     const char* sector_name, const char* agency, core::ServiceLevel level,
                     core::Audience audience, int duration) {
        auto p = sample_procedure(code, name);
        p.sector_code = sector;
        p.sector_name = sector_name;
        p.agency_code = agency;
        p.level = level;
        p.audience = audience;
        p.duration_working_days = duration;
        tx.save_procedure(p);
      };
      using L = core::ServiceLevel;
      using A = core::Audience;
      add("1.001193", "Đăng ký khai sinh", "ho-tich", "Hộ tịch", "H29.12.05", L::toan_trinh,
          A::citizen, 3);
      add("1.000656", "Đăng ký kết hôn", "ho-tich", "Hộ tịch", "H29.12.05", L::mot_phan, A::citizen,
          5);
      add("1.000689", "Đăng ký khai tử", "ho-tich", "Hộ tịch", "H29.12.07", L::truc_tiep,
          A::citizen, 2);
      add("2.001610", "Đăng ký thành lập doanh nghiệp tư nhân", "doanh-nghiep", "Doanh nghiệp",
          "H29.10", L::toan_trinh, A::business, 3);
      add("1.004227", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "xay-dung", "Xây dựng", "H29.12",
          L::mot_phan, A::both, 15);
      add("1.002809", "Đổi giấy phép lái xe", "giao-thong", "Giao thông", "H29.20", L::toan_trinh,
          A::citizen, 5);
    });
  }

  app::Page<app::ProcedureHit> search(app::ProcedureQuery query) {
    return read([&](app::Transaction& tx) { return tx.search_procedures(query); });
  }
  app::Page<app::ProcedureHit> search(const std::string& text) {
    app::ProcedureQuery query;
    query.text = text;
    return search(query);
  }
  static std::vector<std::string> codes(const app::Page<app::ProcedureHit>& page) {
    std::vector<std::string> out;
    for (const auto& hit : page.items) out.push_back(hit.procedure.code);
    return out;
  }
};

TEST_F(SearchTest, WithOrWithoutDiacritics) {
  for (const char* text :
       {"dang ky khai sinh", "Đăng ký khai sinh", "ĐĂNG KÝ KHAI SINH", "  dang   ky khai sinh  "}) {
    const auto page = search(text);
    EXPECT_EQ(page.total, 1) << text;
    ASSERT_EQ(page.items.size(), 1u) << text;
    EXPECT_EQ(page.items[0].procedure.code, "1.001193");
    EXPECT_EQ(page.items[0].procedure.name, "Đăng ký khai sinh");
  }
  EXPECT_EQ(search("DANG KY").total, 4);
  EXPECT_EQ(search("kết hôn").total, 1);
  EXPECT_EQ(search("ket hon").total, 1);
  EXPECT_EQ(search("xay dung").total, 1);
  EXPECT_EQ(search("nha o rieng le").total, 1);
  EXPECT_EQ(search("khai sinh ket hon").total, 0);  // every word must match
  EXPECT_EQ(search("hộ chiếu").total, 0);
}

TEST_F(SearchTest, DStrokeFoldsToD) {
  EXPECT_EQ(codes(search("dang ky khai sinh")), std::vector<std::string>{"1.001193"});
  EXPECT_EQ(search("đang").total, 4);
  EXPECT_EQ(search("dang").total, 4);
  EXPECT_EQ(search("Đang").total, 4);
  EXPECT_EQ(codes(search("doi giay phep")), std::vector<std::string>{"1.002809"});
  EXPECT_EQ(codes(search("đổi")), std::vector<std::string>{"1.002809"});
  EXPECT_EQ(codes(search("ĐỔI")), std::vector<std::string>{"1.002809"});
}

TEST_F(SearchTest, PrefixesMatchWhileTyping) {
  EXPECT_EQ(codes(search("khai si")), std::vector<std::string>{"1.001193"});
  EXPECT_EQ(search("khai").total, 2);
  EXPECT_EQ(search("đăng k").total, 4);
  EXPECT_EQ(codes(search("doanh ngh")), std::vector<std::string>{"2.001610"});
}

TEST_F(SearchTest, DecomposedInputMatchesToo) {
  // "Đăng ký" typed on a system that sends NFD: a + combining breve, y + combining acute.
  EXPECT_EQ(search("\xC4\x90\x61\xCC\x86ng ky\xCC\x81 khai sinh").total, 1);
  write([](app::Transaction& tx) {
    tx.save_procedure(sample_procedure("9.000001", "Ca\xCC\x81p ba\xCC\x89n sao"));  // Cấp bản sao
  });
  EXPECT_EQ(codes(search("cap ban sao")), std::vector<std::string>{"9.000001"});
}

TEST_F(SearchTest, ByCode) {
  EXPECT_EQ(codes(search("1.001193")), std::vector<std::string>{"1.001193"});
  EXPECT_EQ(codes(search("2.001610")), std::vector<std::string>{"2.001610"});
}

TEST_F(SearchTest, OperatorsInTheTextAreInert) {
  for (const char* text : {"\"dang\" OR ky*", "khai) | (sinh", "'&|!:*()", "name:khai", "NEAR(a b)",
                           "sinh -khai", "\\", "''", "%_"}) {
    EXPECT_NO_THROW(search(text)) << text;
  }
  EXPECT_EQ(codes(search("khai) | (sinh")), std::vector<std::string>{"1.001193"});
  EXPECT_EQ(codes(search("\"khai\" AND \"sinh\"")), std::vector<std::string>{});
}

TEST_F(SearchTest, HighlightsTheOriginalWords) {
  const auto page = search("dang ky khai si");
  ASSERT_EQ(page.items.size(), 1u);
  const auto& html = page.items[0].name_highlighted;
  EXPECT_NE(html.find("<mark>Đăng</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark>sinh</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark>khai</mark>"), std::string::npos) << html;
  // Without text, nothing is marked.
  const auto all = search("");
  ASSERT_FALSE(all.items.empty());
  EXPECT_EQ(all.items[0].name_highlighted.find("<mark>"), std::string::npos);
}

TEST_F(SearchTest, Filters) {
  app::ProcedureQuery query;
  query.agency_code = "H29.12.05";
  EXPECT_EQ(search(query).total, 2);
  query = {};
  query.sector_code = "ho-tich";
  EXPECT_EQ(search(query).total, 3);
  query = {};
  query.level = "toan_trinh";
  EXPECT_EQ(search(query).total, 3);
  query = {};
  query.audience = "business";  // business-only and both
  auto page = search(query);
  EXPECT_EQ(page.total, 2);
  query.audience = "citizen";  // citizen-only and both
  EXPECT_EQ(search(query).total, 5);
  query = {};
  query.text = "dang ky";
  query.sector_code = "ho-tich";
  query.level = "mot_phan";
  EXPECT_EQ(codes(search(query)), std::vector<std::string>{"1.000656"});
  query = {};
  query.sector_code = "khong-co";
  EXPECT_EQ(search(query).total, 0);
}

TEST_F(SearchTest, HitsCarryTheSummaryFields) {
  const auto page = search("khai sinh");
  ASSERT_EQ(page.items.size(), 1u);
  const auto& p = page.items[0].procedure;
  EXPECT_GT(p.version_id, 0);
  EXPECT_EQ(p.sector_code, "ho-tich");
  EXPECT_EQ(p.sector_name, "Hộ tịch");
  EXPECT_EQ(p.agency_code, "H29.12.05");
  EXPECT_EQ(p.agency_name, "UBND xã Tân Lập");
  EXPECT_EQ(p.level, core::ServiceLevel::toan_trinh);
  EXPECT_EQ(p.audience, core::Audience::citizen);
  EXPECT_EQ(p.duration_working_days, 3);
}

TEST_F(SearchTest, SortsByNameOrDuration) {
  app::ProcedureQuery query;
  query.sort = "name";  // by the folded name: "Đổi" sorts with the d's, not after z
  EXPECT_EQ(codes(search(query)), (std::vector<std::string>{"1.004227", "1.000656", "1.001193",
                                                            "1.000689", "2.001610", "1.002809"}));
  query.sort = "duration";  // ties by name
  EXPECT_EQ(codes(search(query)), (std::vector<std::string>{"1.000689", "1.001193", "2.001610",
                                                            "1.000656", "1.002809", "1.004227"}));
  query = {};  // no text: by name
  EXPECT_EQ(search(query).items.front().procedure.code, "1.004227");
}

// the online public services list (Decree 42/2022: toàn trình and một phần).
TEST_F(SearchTest, OnlineOnlyLeavesOutCounterProcedures) {
  app::ProcedureQuery query;
  query.online_only = true;
  const auto page = search(query);
  EXPECT_EQ(page.total, 5);
  for (const auto& hit : page.items)
    EXPECT_NE(hit.procedure.level, core::ServiceLevel::truc_tiep) << hit.procedure.code;
  query.level = "mot_phan";
  EXPECT_EQ(codes(search(query)), (std::vector<std::string>{"1.004227", "1.000656"}));
  query.level = "truc_tiep";
  EXPECT_EQ(search(query).total, 0);
}

TEST_F(SearchTest, SortsByCode) {
  app::ProcedureQuery query;
  query.sort = "code";
  EXPECT_EQ(codes(search(query)), (std::vector<std::string>{"1.000656", "1.000689", "1.001193",
                                                            "1.002809", "1.004227", "2.001610"}));
  query.text = "dang ky";  // with a keyword the chosen order still wins over relevance
  EXPECT_EQ(codes(search(query)),
            (std::vector<std::string>{"1.000656", "1.000689", "1.001193", "2.001610"}));
  query.per_page = 2;
  query.page = 2;
  EXPECT_EQ(codes(search(query)), (std::vector<std::string>{"1.001193", "2.001610"}));
}

TEST_F(SearchTest, RanksTheBetterMatchFirst) {
  write([](app::Transaction& tx) {
    tx.save_procedure(sample_procedure(
        "9.000002", "Cấp bản sao giấy tờ hộ tịch từ sổ đăng ký hộ tịch cho người đã có khai sinh"));
  });
  const auto page = search("khai sinh");
  EXPECT_EQ(page.total, 2);
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].procedure.code, "1.001193");  // the short, exact name first
}

TEST_F(SearchTest, PaginatesWithTheTotalOfAllMatches) {
  app::ProcedureQuery query;
  query.sort = "name";
  query.per_page = 2;
  query.page = 2;
  auto page = search(query);
  EXPECT_EQ(page.total, 6);
  EXPECT_EQ(codes(page), (std::vector<std::string>{"1.001193", "1.000689"}));
  query.page = 3;
  EXPECT_EQ(codes(search(query)), (std::vector<std::string>{"2.001610", "1.002809"}));
  query.page = 4;
  page = search(query);
  EXPECT_EQ(page.total, 6);
  EXPECT_TRUE(page.items.empty());
  query.page = 0;  // read as 1
  EXPECT_EQ(search(query).items.size(), 2u);
  query.per_page = 0;  // clamped to 1
  EXPECT_EQ(search(query).items.size(), 1u);
  query.per_page = 100000;  // clamped to 100
  EXPECT_EQ(search(query).items.size(), 6u);
  query = {};
  query.text = "dang ky";
  query.per_page = 3;
  page = search(query);
  EXPECT_EQ(page.total, 4);
  EXPECT_EQ(page.items.size(), 3u);
}

TEST_F(SearchTest, SectorsCountCurrentProcedures) {
  const auto sectors = read([](app::Transaction& tx) { return tx.list_sectors(); });
  ASSERT_EQ(sectors.size(), 4u);
  std::map<std::string, long long> counts;
  for (const auto& s : sectors) counts[s.code] = s.procedure_count;
  EXPECT_EQ(counts["ho-tich"], 3);
  EXPECT_EQ(counts["doanh-nghiep"], 1);
  EXPECT_EQ(counts["xay-dung"], 1);
  EXPECT_EQ(counts["giao-thong"], 1);
  // A new version does not count twice.
  write([](app::Transaction& tx) {
    auto p = sample_procedure("1.001193", "Đăng ký khai sinh");
    p.duration_working_days = 1;
    tx.save_procedure(p);
  });
  for (const auto& s : read([](app::Transaction& tx) { return tx.list_sectors(); })) {
    if (s.code == "ho-tich") {
      EXPECT_EQ(s.procedure_count, 3);
      EXPECT_EQ(s.name, "Hộ tịch");
    }
  }
}

}  // namespace
}  // namespace motcua::store::testing
