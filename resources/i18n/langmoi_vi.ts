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
        <location filename="../../ui/app.py" line="36" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="36" />
        <source>Something went wrong and the action was not completed. Nothing half-done was saved; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi nên thao tác chưa hoàn thành. Không có gì bị lưu dở dang; chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="63" />
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
    <name>ImportPlanDialog</name>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="21" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="22" />
        <source>New</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="23" />
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="24" />
        <source>Unchanged</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="26" />
        <source>Leaving the plan</source>
        <translation>Bỏ khỏi kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="37" />
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="47" />
        <source>“%1” cannot be imported; nothing was written. Correct the file and import it again:</source>
        <translation>Không nhập được tệp “%1”; chưa ghi gì vào cơ sở dữ liệu. Hãy sửa tệp rồi nhập lại:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="59" />
        <source>“%1” will create the plan %2.</source>
        <translation>Tệp “%1” sẽ tạo kế hoạch %2.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="60" />
        <source>“%1” will update the plan %2; recorded assessments are kept.</source>
        <translation>Tệp “%1” sẽ cập nhật kế hoạch %2; các kết quả đánh giá đã ghi được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="63" />
        <source>Nothing would change: this plan is already as the file says.</source>
        <translation>Không có gì thay đổi: kế hoạch đã đúng như trong tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="75" />
        <source>Please check:</source>
        <translation>Cần xem lại:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="78" />
        <source>Import</source>
        <translation>Nhập</translation>
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
        <location filename="../../ui/main_window.py" line="65" />
        <source>Làng Mới — villages and their helping agencies</source>
        <translation>Làng Mới — theo dõi giúp đỡ thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>&amp;Print village sheet (PDF)…</source>
        <translation>&amp;In phiếu thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Print sheets of &amp;all villages (PDF)…</source>
        <translation>In phiếu &amp;tất cả các thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;Import plan from Excel…</source>
        <translation>&amp;Nhập kế hoạch từ Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>&amp;Export plan to Excel…</source>
        <translation>&amp;Xuất kế hoạch ra Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>Save an empty plan &amp;template…</source>
        <translation>Lưu tệp mẫu kế hoạch (&amp;trống)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Remove sample plan</source>
        <translation>Xóa kế hoạch &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;About Làng Mới</source>
        <translation>&amp;Giới thiệu Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Plan and year</source>
        <translation>Kế hoạch và năm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <location filename="../../ui/main_window.py" line="326" />
        <location filename="../../ui/main_window.py" line="384" />
        <source>Remove sample plan</source>
        <translation>Xóa kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Search district, commune, village…</source>
        <translation>Tìm huyện, xã, thôn…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>This is the bundled SAMPLE plan: villages, people, phone numbers and results are invented. Import your plan, then remove the sample.</source>
        <translation>Đây là KẾ HOẠCH MẪU đi kèm chương trình: tên thôn, người, số điện thoại và kết quả đều là giả định. Hãy nhập kế hoạch của đơn vị rồi xóa kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>No plan in the database.</source>
        <translation>Cơ sở dữ liệu chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>%1: %2 of %3 villages meet the standard; %4 of criteria met</source>
        <translation>Năm %1: %2/%3 thôn đạt chuẩn; đạt %4 số tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327" />
        <source>Remove the sample plan and everything recorded in it? Your own plans are kept.</source>
        <translation>Xóa kế hoạch mẫu và mọi số liệu ghi trong đó? Các kế hoạch của đơn vị được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>Sample plan removed.</source>
        <translation>Đã xóa kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342" />
        <location filename="../../ui/main_window.py" line="392" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Reading the workbook…</source>
        <translation>Đang đọc bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375" />
        <source>Importing the plan…</source>
        <translation>Đang nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376" />
        <source>Plan not imported</source>
        <translation>Chưa nhập được kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>Plan %1 imported: %2</source>
        <translation>Đã nhập kế hoạch %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>Your plan is in. Remove the sample plan now? Your own plans are kept.</source>
        <translation>Đã nhập kế hoạch của đơn vị. Xóa kế hoạch mẫu ngay bây giờ? Các kế hoạch của đơn vị được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <location filename="../../ui/main_window.py" line="419" />
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423" />
        <source>File not written</source>
        <translation>Chưa ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427" />
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433" />
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445" />
        <location filename="../../ui/main_window.py" line="452" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465" />
        <source>Writing the sheets…</source>
        <translation>Đang ghi phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469" />
        <source>Wrote %1 page(s) for %2 village(s) to %3.</source>
        <translation>Đã ghi %1 trang, phiếu của %2 thôn, vào %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473" />
        <source>Sheets written</source>
        <translation>Đã ghi phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479" />
        <source>Sheets not written</source>
        <translation>Chưa ghi được phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484" />
        <source>About Làng Mới</source>
        <translation>Giới thiệu Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485" />
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