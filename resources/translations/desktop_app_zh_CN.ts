<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../desktop_app/gui/app.py" line="103" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="104" />
        <source>The Study Station is already open. If you cannot see it, restart the computer and try again.</source>
        <translation>学习站已经打开了。如果看不到它，请重新启动电脑后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="106" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>CharPanel</name>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="53" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="53" />
        <source>Close the character panel</source>
        <translation>关闭查字窗格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="55" />
        <source>Hear again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="55" />
        <source>Hear the word again</source>
        <translation>再听一遍这个词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="81" />
        <source>in the word %1: %2</source>
        <translation>在“%1”里读 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="86" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="87" />
        <source>Character %1, read %2</source>
        <translation>汉字 %1，读 %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="47" />
        <source>Something went wrong. It has been written down; you can go on studying.</source>
        <translation>出了一点小问题，已经记下来了，您可以接着学习。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="40" />
        <location filename="../../desktop_app/gui/home_screen.py" line="88" />
        <source>Welcome to the Study Station</source>
        <translation>欢迎来到党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="44" />
        <location filename="../../desktop_app/gui/home_screen.py" line="102" />
        <source>Continue studying</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="46" />
        <source>All lessons</source>
        <translation>全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="48" />
        <source>Text size and colours</source>
        <translation>字的大小和颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="50" />
        <source>My study</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="52" />
        <source>Not me: change</source>
        <translation>不是我，换人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="52" />
        <source>Not you? Go back to the names</source>
        <translation>不是您？回到名字列表换人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="84" />
        <source>Welcome, guest. This visit is not recorded.</source>
        <translation>来宾您好！这次学习不作记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="86" />
        <source>Hello, %1</source>
        <translation>%1，您好！</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="93" />
        <source>No lessons yet</source>
        <translation>还没有课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="94" />
        <source>Please ask the Party branch secretary to load the lessons.</source>
        <translation>请找支部书记装上课文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="97" />
        <source>All lessons finished</source>
        <translation>全部课文都学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="98" />
        <source>Well done! Touch "All lessons" to read any of them again.</source>
        <translation>真好！想再学哪一课，请点“全部课文”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="103" />
        <source>Touch the big button to start reading.</source>
        <translation>点上面的大按钮，就开始学习。</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="144" />
        <source>If you are, touch the screen.</source>
        <translation>还在学，请点一下屏幕。</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="37" />
        <source>Are you still studying?</source>
        <translation>您还在学习吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="41" />
        <source>I am still here</source>
        <translation>我还在学</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="53" />
        <source>In %1 seconds this goes back to the names.</source>
        <translation>%1 秒后回到选名字的页面。</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="26" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="26" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="28" />
        <source>All lessons</source>
        <translation>全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="30" />
        <source>Search lessons</source>
        <translation>输入要找的字词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="31" />
        <source>Search lessons by title or text</source>
        <translation>按题目或内容查找课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="34" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="34" />
        <source>Clear the search</source>
        <translation>清除查找的字词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="49" />
        <source>List of lessons</source>
        <translation>课文列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="50" />
        <source>Scroll the list of lessons</source>
        <translation>上下移动课文列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="66" />
        <source>○ Not started</source>
        <translation>○ 还没学</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="68" />
        <source>✔ Finished</source>
        <translation>✔ 已学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="69" />
        <source>▶ Reading, page %1</source>
        <translation>▶ 正在学，第 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="85" />
        <source>%1 lessons found</source>
        <translation>找到 %1 篇课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="87" />
        <source>Nothing found. Try another word.</source>
        <translation>没有找到。请换一个字词试试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="101" />
        <source>No lessons yet. Please ask the Party branch secretary to load the lessons.</source>
        <translation>还没有课文。请找支部书记装上课文。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="35" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="59" />
        <source>Another member list is being imported (on this computer, or on another one with the same data folder). Please wait until it is done, then import this list. Nobody of this list has been imported yet.</source>
        <translation>另一个名单导入正在进行（在这台电脑上，或者同一个数据文件夹的另一台电脑上）。请等它做完，再导入这一份名单。这一份还没有导入任何人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="90" />
        <source>The records could not be backed up before the import (the disk may be full). The list is imported all the same.</source>
        <translation>导入前没能备份学习记录（磁盘可能满了）。名单照常导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="167" />
        <source>Another program kept the database busy; only part of the list was imported (%1 members). Import the list again in a while and it will be completed.</source>
        <translation>数据库一直被别的程序占用着，导入只做了一部分（%1 人）。等一会儿把这份名单再导入一次，就会接着做完。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="200" />
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="217" />
        <source>Another program kept the database busy; these photos were not recorded. Import the list again.</source>
        <translation>数据库一直被别的程序占用着，这一批照片没有记上。把名单再导入一次就好。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="79" />
        <source>Cannot open the file %1. Please check that its name is right.</source>
        <translation>打不开文件 %1，请看看文件名写对了没有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="85" />
        <source>Cannot read the text of this file. In WPS or Excel, use Save As, CSV (comma separated), and try again.</source>
        <translation>读不出这个文件的文字。请在 WPS 或 Excel 里“另存为”CSV（逗号分隔）后再试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="102" />
        <source>This file is empty. Write the column names in the first row (姓名,支部,编号,照片), then one member a row.</source>
        <translation>这个文件是空的。第一行写列名（姓名,支部,编号,照片），下面每行一位党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="113" />
        <source>Row 1 must name the columns, and one must be 姓名. For example: 姓名,支部,编号,照片</source>
        <translation>第1行要写列名，其中必须有“姓名”。例如：姓名,支部,编号,照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="124" />
        <source>Row 1: unknown column names %1. The columns that can be used: 姓名、支部、编号、照片、榜上名字、上榜</source>
        <translation>第1行：看不懂列名“%1”。可以用的列名：姓名、支部、编号、照片、榜上名字、上榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="144" />
        <source>Row %1: the number %2 is the same as in row %3</source>
        <translation>第%1行：编号 %2 和第%3行重复了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="156" />
        <source>The table has only the column names and no members. Write one member a row from row 2.</source>
        <translation>表里只有列名，没有党员。请在第2行起每行写一位党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="178" />
        <source>Row %1: a cell holds too much text (over %2 KB). Is this another file taken for the list, or is a quotation mark not closed?</source>
        <translation>第%1行：有一格里的字太多了（超过 %2 KB）。请看看是不是把别的文件当成了名单，或者有一个引号没有配对</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="190" />
        <source>Row %1: cannot read this row. In WPS or Excel, use Save As, CSV (comma separated), and try again.</source>
        <translation>第%1行：读不懂这一行。请在 WPS 或 Excel 里“另存为”CSV（逗号分隔）后再试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="204" />
        <source>Row %1: no name written</source>
        <translation>第%1行：没有写姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="209" />
        <source>Row %1: the name %2… is too long; write the name only</source>
        <translation>第%1行：姓名“%2…”太长了，请只写姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="219" />
        <source>Row %1: write 是 or 否 under 上榜; it says %2</source>
        <translation>第%1行：“上榜”一栏请写“是”或“否”，现在写的是“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="236" />
        <source>Row %1: cannot find the photo %2 (photos go in the same folder as the list)</source>
        <translation>第%1行：找不到照片 %2（照片要和名单放在同一个文件夹里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/photos.py" line="26" />
        <source>Cannot find the photo file: %1</source>
        <translation>找不到照片文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/photos.py" line="35" />
        <source>This photo file cannot be opened: %1. Please use a JPG or PNG photo</source>
        <translation>这个照片文件打不开：%1。请用 JPG 或 PNG 格式的照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/photos.py" line="56" />
        <source>The photo could not be stored in %1; please check whether the disk is full</source>
        <translation>照片没能存进 %1，请看看磁盘是不是满了</translation>
    </message>
</context>
<context>
    <name>MyStudyScreen</name>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="21" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="21" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="23" />
        <source>My study</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="60" />
        <source>No theme-day lesson this month</source>
        <translation>本月没有主题党日课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="62" />
        <source>This month's lesson is done</source>
        <translation>本月主题党日课已学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="64" />
        <source>This month's lesson is not done yet</source>
        <translation>本月主题党日课还没学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="68" />
        <source>lessons finished, of %1</source>
        <translation>篇课文已学完（共 %1 篇）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="70" />
        <source>hours studied this season</source>
        <translation>本季学习小时数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="72" />
        <source>days studied in a row</source>
        <translation>天连续学习</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop_app/gui/page_view.py" line="43" />
        <source>Lesson text</source>
        <translation>课文内容</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="83" />
        <source>Touch your name</source>
        <translation>请点您的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="85" />
        <source>Name or pinyin initials</source>
        <translation>名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="86" />
        <source>Find your name: type it or its pinyin initials</source>
        <translation>找名字：输入名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="88" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="88" />
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="91" />
        <source>Guest (not recorded)</source>
        <translation>来宾（不记录）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="91" />
        <source>Study as a guest; nothing is recorded</source>
        <translation>以来宾身份学习，不作记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="111" />
        <source>◀
Previous</source>
        <translation>◀
上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="111" />
        <source>Previous names</source>
        <translation>上一页名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="112" />
        <source>▶
Next</source>
        <translation>▶
下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="112" />
        <source>More names</source>
        <translation>下一页名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="160" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="161" />
        <source>Names starting with %1</source>
        <translation>拼音首字母是 %1 的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="161" />
        <source>All names</source>
        <translation>全部名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="175" />
        <source>No members are registered yet. Please ask the branch secretary, or study as a guest.</source>
        <translation>还没有登记党员。请找支部书记登记，或者点“来宾”学习。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="178" />
        <source>No name found. Touch "All" or change the search.</source>
        <translation>没有找到这个名字。请点“全部”，或者换个字再找。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="181" />
        <source>Names starting with %1: %2</source>
        <translation>拼音首字母是 %1 的名字：%2 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="184" />
        <source>%1 names found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="243" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="25" />
        <source>Previous paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="26" />
        <source>Previous sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="27" />
        <location filename="../../desktop_app/gui/player_bar.py" line="114" />
        <source>Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="28" />
        <source>Next sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="29" />
        <source>Next paragraph</source>
        <translation>下一段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="30" />
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="31" />
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="32" />
        <location filename="../../desktop_app/gui/player_bar.py" line="82" />
        <source>Quieter</source>
        <translation>小声</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="33" />
        <location filename="../../desktop_app/gui/player_bar.py" line="83" />
        <source>Louder</source>
        <translation>大声</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="76" />
        <source>speed %1 times</source>
        <translation>语速 %1 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="78" />
        <source>volume %1 of %2</source>
        <translation>音量第 %1 档，共 %2 档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="80" />
        <source>Read slower</source>
        <translation>读慢一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="81" />
        <source>Read faster</source>
        <translation>读快一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="92" />
        <source>this computer has no reading software; please ask the branch secretary</source>
        <translation>这台电脑没有装朗读软件，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="93" />
        <source>this computer has no Chinese voice; please ask the branch secretary</source>
        <translation>这台电脑没有中文朗读声音，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="94" />
        <source>the reading software is broken; please ask the branch secretary</source>
        <translation>朗读软件出了故障，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="95" />
        <source>No speaker found</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="108" />
        <source>Cannot read aloud: %1</source>
        <translation>不能朗读：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="117" />
        <source>No speaker: follow the highlight</source>
        <translation>没找到音箱，请看亮起来的句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="110" />
        <source>Getting ready…</source>
        <translation>准备中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="112" />
        <source>Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
</context>
<context>
    <name>ProblemsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="22" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="22" />
        <source>Back to the settings</source>
        <translation>返回设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="24" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="26" />
        <source>One member at home</source>
        <translation>在家一个人用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="27" />
        <source>Shared: members touch their name</source>
        <translation>多人共用：先点名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="36" />
        <source>List of lesson problems</source>
        <translation>课文问题列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="37" />
        <source>Scroll the list of problems</source>
        <translation>上下移动问题列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="45" />
        <source>Use</source>
        <translation>使用方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="72" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="75" />
        <source>%1 members registered. How to register members: see "Registering members" in the manual.</source>
        <translation>已登记 %1 位党员。怎样登记党员，请看说明书里的“登记党员”一节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="87" />
        <source>%1 problems. Lessons with errors are not shown to members; the others work normally. Log: %2</source>
        <translation>共 %1 个问题。有错误的课文不会显示给党员，其他课文照常使用。日志文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="92" />
        <source>All lessons are in order.</source>
        <translation>所有课文都没有问题。</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="41" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="41" />
        <source>Back to the list of lessons</source>
        <translation>返回课文列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="44" />
        <source>Smaller text</source>
        <translation>字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="44" />
        <source>Make the text smaller</source>
        <translation>把字变小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="46" />
        <source>Bigger text</source>
        <translation>字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="46" />
        <source>Make the text bigger</source>
        <translation>把字变大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="48" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="48" />
        <source>Text size, colours and script</source>
        <translation>字的大小、颜色和繁简</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="62" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="67" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="182" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="175" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="177" />
        <source>No speaker found</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="182" />
        <source>Finished, go back</source>
        <translation>学完了，返回</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="30" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="30" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="32" />
        <source>Text size and colours</source>
        <translation>字的大小和颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="34" />
        <source>Smaller text</source>
        <translation>字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="34" />
        <source>Make the text smaller</source>
        <translation>把字变小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="36" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="41" />
        <source>Bigger text</source>
        <translation>字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="41" />
        <source>Make the text bigger</source>
        <translation>把字变大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="45" />
        <source>Warm paper</source>
        <translation>暖色纸张</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="46" />
        <source>Light text on black</source>
        <translation>黑底白字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="51" />
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="52" />
        <source>Traditional (Taiwan)</source>
        <translation>繁體（台灣）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="53" />
        <source>Traditional (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="59" />
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="60" />
        <source>Cantonese</source>
        <translation>粤语（广东话）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="64" />
        <source>Stop after the lesson</source>
        <translation>读完这一课就停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="65" />
        <source>Go on to the next lesson</source>
        <translation>接着读下一课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="80" />
        <source>Text size</source>
        <translation>字的大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="83" />
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="84" />
        <source>Characters</source>
        <translation>简体繁体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="85" />
        <source>Voice</source>
        <translation>朗读声音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="86" />
        <source>Reading aloud</source>
        <translation>连续朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="134" />
        <source>Step %1 of %2</source>
        <translation>第 %1 档，共 %2 档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="151" />
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="155" />
        <source>Cantonese (not on this computer)</source>
        <translation>粤语（这台电脑没有）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="158" />
        <source>For the secretary (%1 problems)</source>
        <translation>支部书记用（%1 个问题）</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="84" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="85" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
</TS>