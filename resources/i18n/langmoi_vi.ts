<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgencyView</name>
    <message>
        <location filename="../../ui/agency_view.py" line="34" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="35" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="36" />
        <source>Lead in</source>
        <translation>Chủ trì (thôn)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="38" />
        <source>Co-support in</source>
        <translation>Phối hợp (thôn)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="40" />
        <source>Villages meeting standard</source>
        <translation>Thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="43" />
        <source>Criteria met</source>
        <translation>Tỉ lệ tiêu chí đạt</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="48" />
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="49" />
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="50" />
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="51" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="52" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="142" />
        <source>Villages helped by %1</source>
        <translation>Các thôn do %1 giúp đỡ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="44" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="44" />
        <source>Something went wrong and the action was not completed. Nothing half-done was saved; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi nên thao tác chưa hoàn thành. Không có gì bị lưu dở dang; chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="71" />
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/background.py" line="59" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="60" />
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="80" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/checklist_model.py" line="68" />
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="68" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="68" />
        <source>Requirement</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="68" />
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="68" />
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="69" />
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="69" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Co-support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Team lead</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Deputy</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Party body</source>
        <translation>Cơ quan Đảng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>State agency</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Front or mass organisation</source>
        <translation>Mặt trận, đoàn thể</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Armed forces</source>
        <translation>Lực lượng vũ trang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>%1/%2 met</source>
        <translation>%1/%2 đạt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Làng Mới — villages and their helping agencies</source>
        <translation>Làng Mới — theo dõi giúp đỡ thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>&amp;Print village sheet (PDF)…</source>
        <translation>&amp;In phiếu thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Print sheets of &amp;all villages (PDF)…</source>
        <translation>In phiếu &amp;tất cả các thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>&amp;Remove sample plan</source>
        <translation>&amp;Xóa kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;About Làng Mới</source>
        <translation>&amp;Giới thiệu Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Plan and year</source>
        <translation>Kế hoạch và năm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <location filename="../../ui/main_window.py" line="311" />
        <source>Remove sample plan</source>
        <translation>Xóa kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Search district, commune, village…</source>
        <translation>Tìm huyện, xã, thôn…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>This is the bundled SAMPLE plan: villages, people, phone numbers and results are invented. Import your plan, then remove the sample.</source>
        <translation>Đây là KẾ HOẠCH MẪU đi kèm chương trình: tên thôn, người, số điện thoại và kết quả đều là giả định. Hãy nhập kế hoạch của đơn vị rồi xóa kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>No plan in the database.</source>
        <translation>Cơ sở dữ liệu chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>%1: %2 of %3 villages meet the standard; %4 of criteria met</source>
        <translation>Năm %1: %2/%3 thôn đạt chuẩn; đạt %4 số tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>Remove the sample plan and everything recorded in it? Your own plans are kept.</source>
        <translation>Xóa kế hoạch mẫu và mọi số liệu ghi trong đó? Các kế hoạch của đơn vị được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Sample plan removed.</source>
        <translation>Đã xóa kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325" />
        <source>Save PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>Writing the sheets…</source>
        <translation>Đang ghi phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>Wrote %1 page(s) for %2 village(s) to %3.</source>
        <translation>Đã ghi %1 trang, phiếu của %2 thôn, vào %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>Sheets written</source>
        <translation>Đã ghi phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372" />
        <source>Sheets not written</source>
        <translation>Chưa ghi được phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>About Làng Mới</source>
        <translation>Giới thiệu Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>Làng Mới follows the agencies assigned to help villages build new rural villages: the assignment plan, support teams and the yearly checklist of criteria.

Database: %1</source>
        <translation>Làng Mới theo dõi việc các cơ quan, đơn vị được phân công giúp đỡ thôn (làng) xây dựng nông thôn mới: kế hoạch phân công, tổ hỗ trợ và kết quả rà soát tiêu chí hằng năm.

Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="133" />
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="133" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="183" />
        <source>%1/%2 villages meet</source>
        <translation>%1/%2 thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="193" />
        <source>Met: %1, not met: %2, in progress: %3, not assessed: %4</source>
        <translation>Đạt: %1, chưa đạt: %2, đang thực hiện: %3, chưa đánh giá: %4</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="198" />
        <source>★ Meets the new rural village standard</source>
        <translation>★ Đạt chuẩn thôn nông thôn mới</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="205" />
        <source>%1 of %2 villages meet the standard</source>
        <translation>%1/%2 thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="207" />
        <source>Criteria met: %1 of %2</source>
        <translation>Tiêu chí đạt: %1/%2</translation>
    </message>
</context>
<context>
    <name>Splash</name>
    <message>
        <location filename="../../ui/splash.py" line="24" />
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>VillagePanel</name>
    <message>
        <location filename="../../ui/village_panel.py" line="15" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="16" />
        <source>Role in team</source>
        <translation>Vai trò trong tổ</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="17" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="18" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="19" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="83" />
        <source>Support team</source>
        <translation>Tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="109" />
        <source>Choose a village in the tree</source>
        <translation>Chọn một thôn (làng) trong cây bên trái</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="118" />
        <source>Commune: %1</source>
        <translation>Xã: %1</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="120" />
        <source>District: %1</source>
        <translation>Huyện: %1</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="122" />
        <source>Households: %1</source>
        <translation>Số hộ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="128" />
        <source>No lead agency assigned.</source>
        <translation>Chưa phân công cơ quan chủ trì.</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="136" />
        <source>The criteria set %1 is a template: %2</source>
        <translation>Bộ tiêu chí %1 là bản mẫu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="141" />
        <source>Checklist %1: %2</source>
        <translation>Kết quả thực hiện tiêu chí năm %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="144" />
        <source>★ meets the standard</source>
        <translation>★ đạt chuẩn</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../ui/background.py" line="43" />
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi; chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
</context>
</TS>