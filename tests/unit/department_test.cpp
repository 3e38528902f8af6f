// Tests for document/department: the department named by the seed documents' titles, header
// lines and first parts.
#include <doctest/doctest.h>

#include "document/department.h"
#include "document/extract.h"
#include "test_files.h"

using gk::doc::department_from_title;

TEST_CASE("department: from the seed titles, without year and genre words") {
  CHECK(department_from_title("株洲市芦淞区医疗保障局2019年度部门决算") == "株洲市芦淞区医疗保障局");
  CHECK(department_from_title("2024年度醴陵市医疗保障局部门决算") == "醴陵市医疗保障局");
  CHECK(department_from_title("2021年度怀化市医疗保障事务中心部门决算") == "怀化市医疗保障事务中心");
  CHECK(department_from_title("天心区部门整体支出(2021年度)绩效自评报告") == "天心区");
  CHECK(department_from_title("2019年度部门整体支出绩效自评报告") == "");
  CHECK(department_from_title("2024年度部门(单位)整体支出绩效自评报告") == "");
  CHECK(department_from_title("2019年度项目绩效评价报告") == "");
  CHECK(department_from_title("某县财政局2023年部门预算公开") == "某县财政局");
  CHECK(department_from_title("") == "");
}

TEST_CASE("department: of the seed documents") {
  auto of = [](const char* name) {
    return gk::doc::department_of(gk::doc::extract_document(gk::SourceText(name, gk::test::read_example(name))));
  };
  CHECK(of("000_55a67829f5fef050.txt") == "株洲市芦淞区医疗保障局");
  CHECK(of("001_25d83f0624c6e4b5.txt") == "天心区医疗保障局");  // 单位名称: line
  CHECK(of("002_e5bbbd38b1f7eef3.txt") == "醴陵市医疗保障局");
  CHECK(of("003_9d1b60d77e1f3309.txt") == "怀化市医疗保障事务中心");
  CHECK(of("004_900203f525f79846.txt") == "");  // no title; its first part is 部门概况
}

TEST_CASE("department: the first part's 概况 heading when the title names none") {
  const auto document = gk::doc::extract_document(
      gk::SourceText("d.txt", "第一部分 某某县水利局概况\n一、部门职责\n负责水利工作。\n第二部分 决算表\n"));
  CHECK(gk::doc::department_of(document) == "某某县水利局");
}
