<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../desktop_app/gui/app.py" line="100" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="101" />
        <source>The Study Station is already open. If you cannot see it, restart the computer and try again.</source>
        <translation>学习站已经打开了。如果看不到它，请重新启动电脑后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="103" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>CharPanel</name>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="35" />
        <source>Close the character panel</source>
        <translation>关闭查字窗格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="33" />
        <source>Hear again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="33" />
        <source>Hear the word again</source>
        <translation>再听一遍这个词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="35" />
        <source>✕ Close</source>
        <translation>✕ 关上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="66" />
        <source>in the word %1: %2</source>
        <translation>在“%1”里读 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="72" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="73" />
        <source>Character %1, read %2</source>
        <translation>汉字 %1，读 %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="36" />
        <location filename="../../desktop_app/gui/home_screen.py" line="106" />
        <source>Welcome to the Study Station</source>
        <translation>欢迎来到党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="40" />
        <location filename="../../desktop_app/gui/home_screen.py" line="120" />
        <source>Continue studying</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="42" />
        <source>All lessons</source>
        <translation>全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="46" />
        <source>Text size and colours</source>
        <translation>字的大小和颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="44" />
        <source>My study</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="48" />
        <source>Not me: change</source>
        <translation>不是我，换人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="48" />
        <source>Not you? Go back to the names</source>
        <translation>不是您？回到名字列表换人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="65" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="102" />
        <source>Welcome, guest. This visit is not recorded.</source>
        <translation>来宾您好！这次学习不作记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="104" />
        <source>Hello, %1</source>
        <translation>%1，您好！</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="111" />
        <source>No lessons yet</source>
        <translation>还没有课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="112" />
        <source>Please ask the Party branch secretary to load the lessons.</source>
        <translation>请找支部书记装上课文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="115" />
        <source>All lessons finished</source>
        <translation>全部课文都学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="116" />
        <source>Well done! Touch "All lessons" to read any of them again.</source>
        <translation>真好！想再学哪一课，请点“全部课文”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="121" />
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
        <location filename="../../desktop_app/gui/library_screen.py" line="46" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="46" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="48" />
        <location filename="../../desktop_app/gui/library_screen.py" line="89" />
        <source>All lessons</source>
        <translation>全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="50" />
        <source>Find</source>
        <translation>找课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="50" />
        <source>Find a lesson</source>
        <translation>找课文：点拼音的首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="51" />
        <source>Search lessons</source>
        <translation>输入要找的字词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="53" />
        <source>Search lessons by title or text</source>
        <translation>按题目或内容查找课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="58" />
        <source>Show all</source>
        <translation>看全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="58" />
        <source>Clear the search and show every lesson</source>
        <translation>不找了，显示全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="249" />
        <source>%1 lessons</source>
        <translation>%1 篇课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="121" />
        <source>○ Not started</source>
        <translation>○ 还没学</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="123" />
        <source>✔ Finished</source>
        <translation>✔ 已学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="124" />
        <source>▶ Reading, page %1</source>
        <translation>▶ 正在学，第 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="133" />
        <source>%1 lessons found</source>
        <translation>找到 %1 篇课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="135" />
        <source>Nothing found. Try another word.</source>
        <translation>没有找到。请换一个字词试试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="137" />
        <source>Search “%1”: %2</source>
        <translation>找“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="148" />
        <source>No lessons yet. Please ask the Party branch secretary to load the lessons.</source>
        <translation>还没有课文。请找支部书记装上课文。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="39" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
</context>
<context>
    <name>ModeConfirmation</name>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="31" />
        <source>No, keep it as it is</source>
        <translation>不改，还是原来那样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="46" />
        <source>Make this a shared kiosk?</source>
        <translation>改成多人共用吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="48" />
        <source>Members will touch their name first. Records are kept; it can be changed back.</source>
        <translation>以后每位党员先点自己的名字。学习记录都留着，还能改回来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="54" />
        <source>Nobody chooses a name any more. Records are kept; it can be changed back.</source>
        <translation>以后不用点名字了。学习记录都留着，还能改回来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="50" />
        <source>Yes, shared kiosk</source>
        <translation>是，改成多人共用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="52" />
        <source>Use it at home for one member?</source>
        <translation>改成在家一个人用吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="56" />
        <source>Yes, one member at home</source>
        <translation>是，改成在家一个人用</translation>
    </message>
</context>
<context>
    <name>MyStudyScreen</name>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="52" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="52" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="54" />
        <location filename="../../desktop_app/gui/my_study_screen.py" line="78" />
        <source>My study</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="99" />
        <source>Lessons finished: %1 of %2</source>
        <translation>学完了 %1 课，一共 %2 课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="102" />
        <source>Studied this season: %1 hours %2 minutes</source>
        <translation>这一季学了 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="104" />
        <source>Studied this season: %1 minutes</source>
        <translation>这一季学了 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="106" />
        <source>This month has no theme-day lesson</source>
        <translation>这个月没有主题党日的课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="108" />
        <source>This month's lesson: %1 done</source>
        <translation>这个月的课 %1 学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="110" />
        <source>This month's lesson: %1 not done yet</source>
        <translation>这个月的课 %1 还没学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="111" />
        <source>Days studied in a row: %1</source>
        <translation>连续学习 %1 天</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop_app/gui/page_view.py" line="46" />
        <source>Lesson text</source>
        <translation>课文内容</translation>
    </message>
</context>
<context>
    <name>PagerColumn</name>
    <message>
        <location filename="../../desktop_app/gui/pager.py" line="23" />
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pager.py" line="24" />
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pager.py" line="51" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="90" />
        <location filename="../../desktop_app/gui/picker_screen.py" line="332" />
        <source>Touch your name</source>
        <translation>请点您的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="92" />
        <source>Name or pinyin initials</source>
        <translation>名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="94" />
        <source>Find your name: type it or its pinyin initials</source>
        <translation>找名字：输入名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="97" />
        <source>Find your name by its pinyin initials</source>
        <translation>按拼音首字母找名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="97" />
        <source>Find name</source>
        <translation>找名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="99" />
        <source>Show all</source>
        <translation>看全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="99" />
        <source>Clear the search and show every name</source>
        <translation>不找了，显示全部名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="101" />
        <source>Study as a guest; nothing is recorded</source>
        <translation>以来宾身份学习，不作记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="101" />
        <source>Guest
not recorded</source>
        <translation>来宾
不记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="104" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="104" />
        <source>For the secretary: register members, or use at home</source>
        <translation>支部书记用：登记党员，或改回在家一个人用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="126" />
        <source>◀
Previous</source>
        <translation>◀
上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="126" />
        <source>Previous names</source>
        <translation>上一页名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="127" />
        <source>▶
Next</source>
        <translation>▶
下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="127" />
        <source>More names</source>
        <translation>下一页名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="183" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="184" />
        <source>Names starting with %1</source>
        <translation>拼音首字母是 %1 的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="184" />
        <source>All names</source>
        <translation>全部名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="199" />
        <source>No members are registered yet. Please ask the branch secretary, or study as a guest.</source>
        <translation>还没有登记党员。请找支部书记登记，或者点“来宾”学习。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="202" />
        <source>No name found. Touch "All" or change the search.</source>
        <translation>没有找到这个名字。请点“全部”，或者换个字再找。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="205" />
        <source>Names starting with %1: %2</source>
        <translation>拼音首字母是 %1 的名字：%2 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="208" />
        <source>%1 names found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="287" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="314" />
        <source>%1 names</source>
        <translation>%1 个名字</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="36" />
        <source>Previous paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="37" />
        <source>Previous sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="38" />
        <source>Next sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="39" />
        <source>Next paragraph</source>
        <translation>下一段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="40" />
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="42" />
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="43" />
        <location filename="../../desktop_app/gui/player_bar.py" line="116" />
        <source>Quieter</source>
        <translation>小声</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="45" />
        <location filename="../../desktop_app/gui/player_bar.py" line="117" />
        <source>Louder</source>
        <translation>大声</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="35" />
        <location filename="../../desktop_app/gui/player_bar.py" line="150" />
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="46" />
        <source>Smaller text</source>
        <translation>字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="46" />
        <source>Make the text smaller</source>
        <translation>把字变小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="47" />
        <source>Bigger text</source>
        <translation>字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="47" />
        <source>Make the text bigger</source>
        <translation>把字变大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="48" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="48" />
        <source>Text size, colours and script</source>
        <translation>字的大小、颜色和繁简</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="49" />
        <source>✕ Close</source>
        <translation>✕ 关上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="49" />
        <source>Close these buttons</source>
        <translation>关上这些按钮</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="108" />
        <source>Speed %1x</source>
        <translation>速度 %1 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="109" />
        <source>Volume %1</source>
        <translation>音量 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="114" />
        <source>Read slower</source>
        <translation>读慢一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="115" />
        <source>Read faster</source>
        <translation>读快一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="126" />
        <source>this computer has no reading software; please ask the branch secretary</source>
        <translation>这台电脑没有装朗读软件，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="127" />
        <source>this computer has no Chinese voice; please ask the branch secretary</source>
        <translation>这台电脑没有中文朗读声音，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="128" />
        <source>the reading software is broken; please ask the branch secretary</source>
        <translation>朗读软件出了故障，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="129" />
        <source>No speaker found</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="143" />
        <source>Cannot read aloud</source>
        <translation>不能朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="144" />
        <source>Cannot read aloud: %1</source>
        <translation>不能朗读：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="148" />
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="152" />
        <source>No speaker: follow the highlight</source>
        <translation>没找到音箱，请看亮起来的句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="146" />
        <source>Getting ready…</source>
        <translation>准备中……</translation>
    </message>
</context>
<context>
    <name>ProblemsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="77" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="79" />
        <location filename="../../desktop_app/gui/problems_screen.py" line="110" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="94" />
        <source>List of lesson problems</source>
        <translation>课文问题列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="95" />
        <source>Scroll the list of problems</source>
        <translation>上下移动问题列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="77" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="150" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="153" />
        <source>%1 members registered. How to register members: see "Registering members" in the manual.</source>
        <translation>已登记 %1 位党员。怎样登记党员，请看说明书里的“登记党员”一节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="164" />
        <source>%1 problems. Lessons with errors are not shown to members; the others work normally. Log: %2</source>
        <translation>共 %1 个问题。有错误的课文不会显示给党员，其他课文照常使用。日志文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="169" />
        <source>All lessons are in order.</source>
        <translation>所有课文都没有问题。</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="64" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="136" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="267" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="268" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="64" />
        <source>Back to where you came from</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="66" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="137" />
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="71" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="138" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="270" />
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="73" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="139" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="73" />
        <source>More buttons: sentence, speed, volume, text size</source>
        <translation>更多按钮：上一句、下一句、快慢、声音大小、字的大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="140" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="264" />
        <source>✔ Finished</source>
        <translation>✔ 学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="141" />
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="142" />
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="143" />
        <source>Getting ready…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="144" />
        <source>Cannot read aloud</source>
        <translation>不能朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="254" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="257" />
        <source>No speaker</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="258" />
        <source>No speaker found</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="265" />
        <source>Finished, go back</source>
        <translation>学完了，返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="271" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>SearchPad</name>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="40" />
        <source>⌫ Delete one</source>
        <translation>⌫ 退一个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="40" />
        <source>Delete the last letter</source>
        <translation>删掉最后一个字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="42" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="42" />
        <source>Clear the search</source>
        <translation>清空要找的字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="123" />
        <source>More ▶</source>
        <translation>更多 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="123" />
        <source>More letters</source>
        <translation>更多字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="126" />
        <source>Letter %1</source>
        <translation>字母 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="145" />
        <source>✔ See %1</source>
        <translation>✔ 看找到的 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="145" />
        <source>✔ Close</source>
        <translation>✔ 关上</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_app/settings.py" line="54" />
        <source>Text size</source>
        <translation>字的大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="57" />
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="60" />
        <source>Warm paper</source>
        <translation>暖色纸张</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="60" />
        <source>Light text on black</source>
        <translation>黑底白字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="64" />
        <source>Characters</source>
        <translation>简体繁体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="68" />
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="69" />
        <source>Traditional (Taiwan)</source>
        <translation>繁體（台灣）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="70" />
        <source>Traditional (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="75" />
        <source>Voice</source>
        <translation>朗读声音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="78" />
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="78" />
        <source>Cantonese</source>
        <translation>粤语（广东话）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="80" />
        <source>Speed</source>
        <translation>朗读快慢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="81" />
        <source>Volume</source>
        <translation>声音大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="84" />
        <source>Reading aloud</source>
        <translation>连续朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="88" />
        <source>Stop after the lesson</source>
        <translation>读完这一课就停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="89" />
        <source>Go on to the next lesson</source>
        <translation>接着读下一课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="94" />
        <source>Use</source>
        <translation>使用方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="98" />
        <source>One member at home</source>
        <translation>在家一个人用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="99" />
        <source>Shared: members touch their name</source>
        <translation>多人共用：先点名字</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="37" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="37" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="39" />
        <location filename="../../desktop_app/gui/settings_screen.py" line="102" />
        <source>Text size and colours</source>
        <translation>字的大小和颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="41" />
        <location filename="../../desktop_app/gui/settings_screen.py" line="166" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="44" />
        <source>Smaller text</source>
        <translation>字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="44" />
        <source>Make the text smaller</source>
        <translation>把字变小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="46" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="52" />
        <source>Bigger text</source>
        <translation>字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="52" />
        <source>Make the text bigger</source>
        <translation>把字变大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="153" />
        <source>Step %1 of %2</source>
        <translation>第 %1 档，共 %2 档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="159" />
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="163" />
        <source>Cantonese (not on this computer)</source>
        <translation>粤语（这台电脑没有）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="168" />
        <source>For the secretary (%1 problems)</source>
        <translation>支部书记用（%1 个问题）</translation>
    </message>
</context>
</TS>