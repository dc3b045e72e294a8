import TongbiCommands

TongbiCommand.main()
