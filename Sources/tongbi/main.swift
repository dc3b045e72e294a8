import TongbiCommands

TongbiCommand.prepareRuntime()
TongbiCommand.main()
